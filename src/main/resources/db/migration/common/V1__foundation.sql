-- Foundation schema. Runs unchanged on H2 (MySQL mode), MySQL 8 and MariaDB 10.11.
-- Platform tables (no tenant): provider, user_account, membership, invitation, password_reset_token,
-- audit_entry, mail_message. Tenant tables carry tenant_id NOT NULL, leading their keys.

create table provider (
    id            bigint       not null auto_increment primary key,
    version       bigint       not null,
    name          varchar(120) not null,
    short_code    varchar(12)  not null,
    contact_name  varchar(120) not null,
    contact_email varchar(254) not null,
    partner_term  varchar(60),
    created_at    datetime(6)  not null,
    constraint uk_provider_short_code unique (short_code)
);

create table user_account (
    id                 bigint       not null auto_increment primary key,
    version            bigint       not null,
    email              varchar(254) not null,
    display_name       varchar(120) not null,
    password_hash      varchar(255),
    platform_role      varchar(20),
    failed_login_count int          not null,
    locked_until       datetime(6),
    created_at         datetime(6)  not null,
    constraint uk_user_account_email unique (email)
);

create table membership (
    id         bigint      not null auto_increment primary key,
    version    bigint      not null,
    tenant_id  bigint      not null,
    user_id    bigint      not null,
    role       varchar(20) not null,
    created_at datetime(6) not null,
    constraint uk_membership_tenant_user unique (tenant_id, user_id),
    constraint fk_membership_tenant foreign key (tenant_id) references provider (id),
    constraint fk_membership_user foreign key (user_id) references user_account (id)
);
create index ix_membership_user on membership (user_id);

create table invitation (
    id          bigint       not null auto_increment primary key,
    version     bigint       not null,
    tenant_id   bigint       not null,
    email       varchar(254) not null,
    role        varchar(20)  not null,
    token_hash  varchar(64)  not null,
    expires_at  datetime(6)  not null,
    accepted_at datetime(6),
    revoked_at  datetime(6),
    invited_by  bigint,
    created_at  datetime(6)  not null,
    constraint uk_invitation_token unique (token_hash),
    constraint fk_invitation_tenant foreign key (tenant_id) references provider (id)
);
create index ix_invitation_tenant_email on invitation (tenant_id, email);

create table password_reset_token (
    id         bigint      not null auto_increment primary key,
    version    bigint      not null,
    user_id    bigint      not null,
    token_hash varchar(64) not null,
    expires_at datetime(6) not null,
    used_at    datetime(6),
    created_at datetime(6) not null,
    constraint uk_password_reset_token unique (token_hash),
    constraint fk_password_reset_user foreign key (user_id) references user_account (id)
);

create table audit_entry (
    id          bigint        not null auto_increment primary key,
    occurred_at datetime(6)   not null,
    event_type  varchar(40)   not null,
    tenant_id   bigint,
    actor       varchar(254),
    subject     varchar(254),
    detail      varchar(1000)
);
create index ix_audit_tenant_time on audit_entry (tenant_id, occurred_at);
create index ix_audit_subject on audit_entry (subject);

create table mail_message (
    id              bigint        not null auto_increment primary key,
    version         bigint        not null,
    tenant_id       bigint,
    recipient       varchar(254)  not null,
    subject         varchar(255)  not null,
    body            varchar(4000),
    status          varchar(12)   not null,
    attempts        int           not null,
    next_attempt_at datetime(6)   not null,
    last_error      varchar(500),
    created_at      datetime(6)   not null,
    sent_at         datetime(6)
);
create index ix_mail_due on mail_message (status, next_attempt_at);

create table programme (
    id         bigint       not null auto_increment primary key,
    version    bigint       not null,
    tenant_id  bigint       not null,
    name       varchar(160) not null,
    profession varchar(40)  not null,
    level      varchar(40)  not null,
    created_at datetime(6)  not null,
    constraint uk_programme_tenant_name unique (tenant_id, name),
    constraint fk_programme_tenant foreign key (tenant_id) references provider (id)
);
