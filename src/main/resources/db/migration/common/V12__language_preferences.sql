-- The language a person chose for the portal and their e-mails, and a provider's default (DD016).
-- 'en' or 'cy'; empty means "not chosen". An unknown code read back is treated as English.
alter table user_account add column language varchar(5) null;
alter table provider add column default_language varchar(5) null;
