-- The pool: a provider's service users and carers ("partners"), their status history,
-- experience categories (special-category data, kept only with consent) and interests.

create table partner (
    id                   bigint        not null auto_increment primary key,
    version              bigint        not null,
    tenant_id            bigint        not null,
    user_id              bigint,
    preferred_name       varchar(120)  not null,
    full_name            varchar(120),
    pronouns             varchar(40),
    email                varchar(254),
    phone                varchar(20),
    postcode             varchar(8),
    kind                 varchar(20)   not null,
    status               varchar(20)   not null,
    status_since         date          not null,
    contact_preference   varchar(20)   not null,
    payment_choice       varchar(20)   not null,
    access_needs         varchar(200),
    access_notes         varchar(1000),
    staff_notes          varchar(2000),
    consent_version      varchar(40),
    consent_text         varchar(1000),
    consent_given_at     datetime(6),
    last_involved_on     date,
    created_at           datetime(6)   not null,
    constraint uk_partner_user unique (tenant_id, user_id),
    constraint uk_partner_email unique (tenant_id, email),
    constraint fk_partner_tenant foreign key (tenant_id) references provider (id)
);
create index ix_partner_name on partner (tenant_id, preferred_name, id);
create index ix_partner_status_name on partner (tenant_id, status, preferred_name);
create index ix_partner_last_involved on partner (tenant_id, last_involved_on);

create table partner_status_change (
    id           bigint        not null auto_increment primary key,
    version      bigint        not null,
    tenant_id    bigint        not null,
    partner_id   bigint        not null,
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    changed_on   date          not null,
    reason       varchar(500)  not null,
    changed_by   varchar(254),
    recorded_at  datetime(6)   not null,
    constraint fk_partner_status_change_tenant foreign key (tenant_id) references provider (id),
    constraint fk_partner_status_change_partner foreign key (partner_id) references partner (id)
);
create index ix_partner_status_change_partner on partner_status_change (tenant_id, partner_id, recorded_at);

create table partner_experience (
    id           bigint  not null auto_increment primary key,
    version      bigint  not null,
    tenant_id    bigint  not null,
    partner_id   bigint  not null,
    category_id  bigint  not null,
    constraint uk_partner_experience unique (tenant_id, partner_id, category_id),
    constraint fk_partner_experience_tenant foreign key (tenant_id) references provider (id),
    constraint fk_partner_experience_partner foreign key (partner_id) references partner (id),
    constraint fk_partner_experience_category foreign key (category_id) references experience_category (id)
);
create index ix_partner_experience_category on partner_experience (tenant_id, category_id, partner_id);

create table partner_interest (
    id                bigint  not null auto_increment primary key,
    version           bigint  not null,
    tenant_id         bigint  not null,
    partner_id        bigint  not null,
    activity_type_id  bigint  not null,
    constraint uk_partner_interest unique (tenant_id, partner_id, activity_type_id),
    constraint fk_partner_interest_tenant foreign key (tenant_id) references provider (id),
    constraint fk_partner_interest_partner foreign key (partner_id) references partner (id),
    constraint fk_partner_interest_type foreign key (activity_type_id) references activity_type (id)
);
create index ix_partner_interest_type on partner_interest (tenant_id, activity_type_id, partner_id);
