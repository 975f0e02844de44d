-- Replies sent through GOV.UK Notify: the notification Notify made for each, and the latest delivery status read
-- back from it (created, sending, delivered, permanent-failure, temporary-failure, technical-failure). A reply
-- whose status is final is not asked about again.
create table notify_notification (
    reply_id        bigint primary key references reply (id),
    notification_id varchar(36) not null,
    status          varchar(40) not null,
    sent_at         timestamp with time zone not null,
    checked_at      timestamp with time zone
);
create index notify_notification_to_check on notify_notification (status, checked_at);
