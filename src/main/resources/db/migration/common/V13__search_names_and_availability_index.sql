-- DD019: the pool's name search is a prefix range scan on normalised names (lower case, accents removed,
-- kept by the application on every save), not a scan of every partner. V13_1 fills them for existing rows.
alter table partner add column search_name varchar(120);
alter table partner add column search_full_name varchar(120);
alter table partner add column search_surname varchar(120);
create index ix_partner_search_name on partner (tenant_id, search_name);
create index ix_partner_search_full_name on partner (tenant_id, search_full_name);
create index ix_partner_search_surname on partner (tenant_id, search_surname);

-- "Who is free": the dated exceptions covering one date, found by date instead of partner by partner.
create index ix_availability_exception_date on availability_exception (tenant_id, ends_on, starts_on, available, partner_id);
