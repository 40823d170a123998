-- Foreign keys between tenant tables carry tenant_id on both sides, so a row can only point at a row of
-- its own provider: the database refuses anything else, and with providers spread over several MySQL
-- primaries (tenant_id as the sharding key, DD025) both rows are always on the same shard.
-- Creating the new keys also checks the existing rows: a row pointing at another provider's row stops
-- the migration. SchemaShardReadinessIT checks the rule for every table, present and future.

-- The referenced side: (tenant_id, id) unique, as programme has had since V4.
alter table partner add constraint uk_partner_tenant_id unique (tenant_id, id);
alter table experience_category add constraint uk_experience_category_tenant_id unique (tenant_id, id);
alter table activity_type add constraint uk_activity_type_tenant_id unique (tenant_id, id);

alter table partner_status_change drop constraint fk_partner_status_change_partner;
alter table partner_status_change add constraint fk_partner_status_change_partner
    foreign key (tenant_id, partner_id) references partner (tenant_id, id);

alter table partner_experience drop constraint fk_partner_experience_partner;
alter table partner_experience add constraint fk_partner_experience_partner
    foreign key (tenant_id, partner_id) references partner (tenant_id, id);
alter table partner_experience drop constraint fk_partner_experience_category;
alter table partner_experience add constraint fk_partner_experience_category
    foreign key (tenant_id, category_id) references experience_category (tenant_id, id);

alter table partner_interest drop constraint fk_partner_interest_partner;
alter table partner_interest add constraint fk_partner_interest_partner
    foreign key (tenant_id, partner_id) references partner (tenant_id, id);
alter table partner_interest drop constraint fk_partner_interest_type;
alter table partner_interest add constraint fk_partner_interest_type
    foreign key (tenant_id, activity_type_id) references activity_type (tenant_id, id);

alter table weekly_availability drop constraint fk_weekly_availability_partner;
alter table weekly_availability add constraint fk_weekly_availability_partner
    foreign key (tenant_id, partner_id) references partner (tenant_id, id);

alter table availability_exception drop constraint fk_availability_exception_partner;
alter table availability_exception add constraint fk_availability_exception_partner
    foreign key (tenant_id, partner_id) references partner (tenant_id, id);
