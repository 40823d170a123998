-- A stamp on each account, raised by every password change: a session that logged in under an
-- older stamp ends on its next request (DD009).
alter table user_account add column credentials_version bigint not null default 0;
