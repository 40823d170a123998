-- Throttle counters shared by every instance (login per address, per account and address, password
-- reset requests per account and per address). One row per bucket and fixed time window; rows whose
-- window has passed are deleted by a scheduled job, never the whole table.
create table throttle_counter (
    bucket       varchar(80) not null,
    window_start datetime(6) not null,
    expires_at   datetime(6) not null,
    hits         int         not null,
    constraint pk_throttle_counter primary key (bucket, window_start)
);
create index ix_throttle_expires on throttle_counter (expires_at);

-- A reset link can be revoked by a newer request, by a completed reset or by an undeliverable mail.
alter table password_reset_token add column revoked_at datetime(6);
create index ix_password_reset_user on password_reset_token (user_id);
