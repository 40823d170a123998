-- Retention of personal data (DD049): the provider's periods (one row, made on the lead's first save; the defaults
-- apply until then; ranges are checked by the service, RetentionLimits) and the report of each run of the daily job.
create table retention_setting (
    id                      bigint       not null auto_increment primary key,
    version                 bigint       not null,
    tenant_id               bigint       not null,
    inactive_partner_months int          not null,
    finance_years           int          not null,
    audit_years             int          not null,
    sent_mail_days          int          not null,
    updated_by              varchar(254),
    updated_at              datetime(6)  not null,
    constraint uk_retention_setting unique (tenant_id),
    constraint fk_retention_setting_tenant foreign key (tenant_id) references provider (id)
);

create table retention_run (
    id                bigint        not null auto_increment primary key,
    version           bigint        not null,
    tenant_id         bigint        not null,
    ran_at            datetime(6)   not null,
    run_day           date          not null,
    inactive_partners int           not null,
    finance_records   int           not null,
    audit_entries     int           not null,
    sent_mail         int           not null,
    not_erased        varchar(4000),
    constraint fk_retention_run_tenant foreign key (tenant_id) references provider (id)
);
create index ix_retention_run_tenant on retention_run (tenant_id, ran_at);
