-- Training modules, the modules each activity type requires, their materials and partners' records (DD022).
-- Keys to other tenant tables carry tenant_id (V18, DD025).

create table training_module (
    id              bigint        not null auto_increment primary key,
    version         bigint        not null,
    tenant_id       bigint        not null,
    title           varchar(120)  not null,
    description     varchar(2000),
    delivery        varchar(20)   not null,
    validity_months int,
    constraint uk_training_module_title unique (tenant_id, title),
    constraint uk_training_module_tenant_id unique (tenant_id, id),
    constraint fk_training_module_tenant foreign key (tenant_id) references provider (id)
);

create table training_requirement (
    id               bigint not null auto_increment primary key,
    version          bigint not null,
    tenant_id        bigint not null,
    module_id        bigint not null,
    activity_type_id bigint not null,
    constraint uk_training_requirement unique (tenant_id, activity_type_id, module_id),
    constraint fk_training_requirement_tenant foreign key (tenant_id) references provider (id),
    constraint fk_training_requirement_module foreign key (tenant_id, module_id) references training_module (tenant_id, id),
    constraint fk_training_requirement_type foreign key (tenant_id, activity_type_id) references activity_type (tenant_id, id)
);
create index ix_training_requirement_module on training_requirement (tenant_id, module_id);

create table training_material (
    id           bigint       not null auto_increment primary key,
    version      bigint       not null,
    tenant_id    bigint       not null,
    module_id    bigint       not null,
    title        varchar(120) not null,
    url          varchar(500),
    file_name    varchar(200),
    content_type varchar(100),
    size_bytes   bigint,
    content      longblob,
    constraint fk_training_material_tenant foreign key (tenant_id) references provider (id),
    constraint fk_training_material_module foreign key (tenant_id, module_id) references training_module (tenant_id, id)
);
create index ix_training_material_module on training_material (tenant_id, module_id);

create table training_record (
    id                bigint       not null auto_increment primary key,
    version           bigint       not null,
    tenant_id         bigint       not null,
    partner_id        bigint       not null,
    module_id         bigint       not null,
    completed_on      date         not null,
    valid_until       date,
    evidence          varchar(200),
    confirmed         boolean      not null,
    recorded_by       varchar(254),
    reminder_sent_for date,
    constraint uk_training_record unique (tenant_id, partner_id, module_id),
    constraint fk_training_record_tenant foreign key (tenant_id) references provider (id),
    constraint fk_training_record_partner foreign key (tenant_id, partner_id) references partner (tenant_id, id),
    constraint fk_training_record_module foreign key (tenant_id, module_id) references training_module (tenant_id, id)
);
create index ix_training_record_expiry on training_record (tenant_id, valid_until);
create index ix_training_record_module on training_record (tenant_id, module_id);
