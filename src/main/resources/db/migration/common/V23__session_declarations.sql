-- Before a session, a partner with a place confirms confidentiality and declares any conflict of interest (DD029).
-- One row per partner and session; a new declaration replaces the old one. Keys carry tenant_id (V18, DD025).
create table session_declaration (
    id                           bigint       not null auto_increment primary key,
    version                      bigint       not null,
    tenant_id                    bigint       not null,
    session_id                   bigint       not null,
    partner_id                   bigint       not null,
    confidentiality_confirmed_at datetime(6),
    conflict                     boolean      not null,
    conflict_details             varchar(500),
    declared_at                  datetime(6)  not null,
    constraint uk_session_declaration unique (tenant_id, session_id, partner_id),
    constraint fk_session_declaration_tenant foreign key (tenant_id) references provider (id),
    constraint fk_session_declaration_session foreign key (tenant_id, session_id) references involvement_session (tenant_id, id),
    constraint fk_session_declaration_partner foreign key (tenant_id, partner_id) references partner (tenant_id, id)
);
create index ix_session_declaration_partner on session_declaration (tenant_id, partner_id);
