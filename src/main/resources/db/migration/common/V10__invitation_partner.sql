-- The pool record a partner invitation was sent for (null: a new record is created on acceptance).
-- Acceptance links this record only, never whichever record carries the address by then.
alter table invitation add column partner_id bigint;
