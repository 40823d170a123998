-- Per-provider reference data kept by the involvement lead.

create table experience_category (
    id         bigint      not null auto_increment primary key,
    version    bigint      not null,
    tenant_id  bigint      not null,
    name       varchar(80) not null,
    constraint uk_experience_category_name unique (tenant_id, name),
    constraint fk_experience_category_tenant foreign key (tenant_id) references provider (id)
);

create table activity_type (
    id         bigint      not null auto_increment primary key,
    version    bigint      not null,
    tenant_id  bigint      not null,
    name       varchar(80) not null,
    area       varchar(30) not null,
    constraint uk_activity_type_name unique (tenant_id, name),
    constraint fk_activity_type_tenant foreign key (tenant_id) references provider (id)
);
