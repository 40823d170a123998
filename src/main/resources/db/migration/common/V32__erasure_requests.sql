-- Requests to leave and be forgotten, and erasures the lead or the retention job made without one (DD047).
-- One row per request; it keeps no personal value once the partner is erased: the partner's optional reason is
-- cleared then, the ground for an erasure on someone's behalf is a category, never free text. closed_by names staff.
create table erasure_request (
    id           bigint       not null auto_increment primary key,
    version      bigint       not null,
    tenant_id    bigint       not null,
    partner_id   bigint       not null,
    origin       varchar(20)  not null,
    status       varchar(20)  not null,
    ground       varchar(30),
    reason       varchar(1000),
    requested_at datetime(6)  not null,
    closed_at    datetime(6),
    closed_by    varchar(254),
    constraint fk_erasure_request_tenant foreign key (tenant_id) references provider (id),
    constraint fk_erasure_request_partner foreign key (tenant_id, partner_id) references partner (tenant_id, id)
);
-- The lead's list: open first, oldest first; the partner's own open request.
create index ix_erasure_request_list on erasure_request (tenant_id, status, requested_at);
create index ix_erasure_request_partner on erasure_request (tenant_id, partner_id, status);
