-- A partner's private calendar-feed link (DD028): only the SHA-256 of the secret token is kept; a new link or a
-- revocation sets revoked_at on the old one. The feed address names the provider, so the lookup starts with tenant_id.
create table calendar_feed (
    id         bigint      not null auto_increment primary key,
    version    bigint      not null,
    tenant_id  bigint      not null,
    partner_id bigint      not null,
    token_hash varchar(64) not null,
    created_at datetime(6) not null,
    revoked_at datetime(6),
    constraint uk_calendar_feed_token unique (tenant_id, token_hash),
    constraint fk_calendar_feed_tenant foreign key (tenant_id) references provider (id),
    constraint fk_calendar_feed_partner foreign key (tenant_id, partner_id) references partner (tenant_id, id)
);
create index ix_calendar_feed_partner on calendar_feed (tenant_id, partner_id, revoked_at);
