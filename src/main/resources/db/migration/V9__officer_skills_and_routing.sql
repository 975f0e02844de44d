-- Skills-based routing: what each officer is trained for, how much they can hold, and whether they are there.
alter table officer add column presence varchar(12) default 'OFFLINE' not null;
alter table officer add column presence_since timestamp with time zone;
-- when the officer last received a case: push mode offers to the longest idle
alter table officer add column last_assigned_at timestamp with time zone;

create table officer_channel (
    username varchar(100) not null references officer (username),
    channel  varchar(20)  not null,
    -- cases of this channel the officer may hold at once
    capacity int          not null,
    primary key (username, channel)
);

create table officer_service_area (
    username     varchar(100) not null references officer (username),
    service_area varchar(60)  not null,
    primary key (username, service_area)
);

create table officer_language (
    username varchar(100) not null references officer (username),
    language varchar(8)   not null,
    primary key (username, language)
);

-- How far the pool of officers who may take a case has widened as its deadline nears (0: trained for its channel
-- and service area; 1: trained for its channel, any area; 2: any officer).
alter table cases add column widening_level int default 0 not null;

create index cases_by_officer on cases (assigned_officer, status);

-- Settings supervisors change at run time (e.g. whether officers may pick any case from the list).
create table routing_setting (
    setting_key   varchar(100) primary key,
    setting_value varchar(200) not null,
    updated_by    varchar(100) not null,
    updated_at    timestamp with time zone not null
);
