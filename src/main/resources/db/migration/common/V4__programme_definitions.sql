-- Named involvement lead and coordinator per programme, and the versioned definition of service
-- users and carers with its justification. Runs on H2 (MySQL mode), MySQL 8 and MariaDB 10.11.
-- Lead, coordinator and author are user ids (identity module), checked by the service, not by keys.

alter table programme add column lead_user_id bigint;
alter table programme add column coordinator_user_id bigint;
-- lets child rows reference (tenant_id, id), so a definition can only belong to its own provider's programme
alter table programme add constraint uk_programme_tenant_id unique (tenant_id, id);

create table programme_definition (
    id              bigint        not null auto_increment primary key,
    version         bigint        not null,
    tenant_id       bigint        not null,
    programme_id    bigint        not null,
    version_number  int           not null,
    definition_text varchar(4000) not null,
    justification   varchar(4000) not null,
    author_user_id  bigint        not null,
    author_name     varchar(120)  not null,
    created_at      datetime(6)   not null,
    next_review_on  date          not null,
    constraint uk_programme_definition_version unique (tenant_id, programme_id, version_number),
    constraint fk_programme_definition_tenant foreign key (tenant_id) references provider (id),
    constraint fk_programme_definition_programme foreign key (tenant_id, programme_id)
        references programme (tenant_id, id)
);
