-- Durable cursors of channel pollers (social networks, ...): saved only after the polled contacts are enqueued.
create table channel_checkpoint (
    checkpoint_key   varchar(200)  primary key,
    checkpoint_value varchar(2000) not null,
    updated_at       timestamp with time zone not null
);
