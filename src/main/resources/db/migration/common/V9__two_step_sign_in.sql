-- Two-step sign-in (DD013): a person's authenticator secret, their recovery codes (hashed), and each
-- provider's choice whether coordinators and finance staff must use it. Platform tables, keyed by
-- user or provider; every query names the user or provider explicitly.

create table second_factor (
    id             bigint       not null auto_increment primary key,
    version        bigint       not null,
    user_id        bigint       not null,
    secret         varchar(64)  not null,
    last_used_step bigint       not null,
    failed_count   int          not null,
    locked_until   datetime(6),
    enrolled_at    datetime(6)  not null,
    constraint uk_second_factor_user unique (user_id),
    constraint fk_second_factor_user foreign key (user_id) references user_account (id)
);

create table recovery_code (
    id        bigint       not null auto_increment primary key,
    version   bigint       not null,
    user_id   bigint       not null,
    code_hash varchar(255) not null,
    used_at   datetime(6),
    constraint fk_recovery_code_user foreign key (user_id) references user_account (id)
);
create index ix_recovery_code_user on recovery_code (user_id);

create table two_step_policy (
    id              bigint      not null auto_increment primary key,
    version         bigint      not null,
    tenant_id       bigint      not null,
    staff_required  boolean     not null,
    changed_at      datetime(6) not null,
    constraint uk_two_step_policy_tenant unique (tenant_id),
    constraint fk_two_step_policy_tenant foreign key (tenant_id) references provider (id)
);
