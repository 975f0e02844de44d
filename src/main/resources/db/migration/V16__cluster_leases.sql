-- Leadership leases: work only one instance should do at a time (polling a mailbox, the phone folder or a social
-- network; push-mode offers) is done by the instance holding its lease. The holder renews it by a conditional
-- update; once expires_at has passed, any instance may take it (org.contactrouter.cluster.LeaseStore).
create table cluster_lease (
    name       varchar(200) primary key,
    holder     varchar(200) not null,
    expires_at timestamp with time zone not null
);
