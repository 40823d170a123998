-- A partner's copy of everything the provider holds about them (DD045), made in the background and kept here (never on
-- disk) until its one download or until it expires, whichever comes first. Only a SHA-256 hash of the link's random
-- token is kept, so the table alone cannot be used to fetch a copy. requested_by is the login that asked: the link
-- works for that person only (the partner, or the lead who made it for them). The content is cleared on download
-- and expired rows are deleted by a scheduled job. No foreign key to
-- partner or user_account: erasure and retention change those, and erasure deletes the partner's copies itself.
create table personal_data_copy (
    id            bigint       not null auto_increment primary key,
    version       bigint       not null,
    tenant_id     bigint       not null,
    partner_id    bigint       not null,
    requested_by  bigint       not null,
    token_hash    varchar(64)  not null,
    created_at    datetime(6)  not null,
    expires_at    datetime(6)  not null,
    downloaded    boolean      not null,
    file_name     varchar(100) not null,
    content       longblob,
    constraint uk_personal_data_copy_token unique (tenant_id, token_hash),
    constraint fk_personal_data_copy_tenant foreign key (tenant_id) references provider (id)
);
-- Tenant first, like every index of a provider's table (SchemaShardReadinessIT); the expiry job's delete over all
-- providers reads a table that holds minutes' worth of copies.
create index ix_personal_data_copy_expires on personal_data_copy (tenant_id, expires_at);
