-- The provider's privacy notice in versions (English and Welsh), each partner's confirmation that they read a
-- version, and the record of staff opening a partner's experience categories or access needs (DD050).

create table privacy_notice_version (
    id              bigint        not null auto_increment primary key,
    version         bigint        not null,
    tenant_id       bigint        not null,
    version_number  int           not null,
    text_en         varchar(6000) not null,
    text_cy         varchar(6000) not null,
    published_on    date          not null,
    published_by    varchar(254)  not null,
    published_at    datetime(6)   not null,
    constraint uk_privacy_notice_number unique (tenant_id, version_number),
    constraint fk_privacy_notice_tenant foreign key (tenant_id) references provider (id)
);

create table privacy_notice_confirmation (
    id              bigint        not null auto_increment primary key,
    version         bigint        not null,
    tenant_id       bigint        not null,
    user_id         bigint        not null,
    partner_id      bigint,
    version_number  int           not null,
    confirmed_at    datetime(6)   not null,
    constraint uk_privacy_confirmation unique (tenant_id, user_id, version_number),
    constraint fk_privacy_confirmation_tenant foreign key (tenant_id) references provider (id)
);
create index ix_privacy_confirmation_partner on privacy_notice_confirmation (tenant_id, partner_id);

create table privacy_sensitive_look (
    id              bigint        not null auto_increment primary key,
    version         bigint        not null,
    tenant_id       bigint        not null,
    partner_id      bigint        not null,
    staff_email     varchar(254)  not null,
    staff_name      varchar(200),
    staff_role      varchar(30)   not null,
    section         varchar(40)   not null,
    looked_at       datetime(6)   not null,
    constraint fk_privacy_look_tenant foreign key (tenant_id) references provider (id)
);
create index ix_privacy_look_partner on privacy_sensitive_look (tenant_id, partner_id, looked_at);
