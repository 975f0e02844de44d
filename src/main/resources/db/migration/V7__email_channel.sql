-- Email channel.
-- An address that a permanent bounce showed cannot receive mail, so officers know to use another channel.
alter table citizen_identity add column undeliverable_at timestamp with time zone;
alter table citizen_identity add column undeliverable_reason varchar(500);

-- Automated mail (bounces, auto-replies) noted on a case: one row per message, so that reading the same message
-- again (a crash before it was marked seen) notes nothing twice.
create table email_notice (
    message_id  varchar(500) primary key,
    case_id     bigint       not null references cases (id),
    kind        varchar(40)  not null,
    recorded_at timestamp with time zone not null
);
