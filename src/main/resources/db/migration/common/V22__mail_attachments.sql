-- An outbox message may carry one attachment (a session's calendar entry, DD028). Cleared with the body once
-- the message is sent or finally fails.
alter table mail_message add column attachment_name varchar(100) null;
alter table mail_message add column attachment_type varchar(100) null;
alter table mail_message add column attachment_content longblob null;
