-- Payment claims (DD032): the provider's payment settings, dated rate cards, one claim per partner and session
-- with its expense lines and receipts (kept in the database so every instance can serve them), and payment runs.
-- Money is whole pence (bigint), never floating point. Keys carry tenant_id (V18, DD025).
create table payment_settings (
    id                       bigint      not null auto_increment primary key,
    version                  bigint      not null,
    tenant_id                bigint      not null,
    turnaround_days          int         not null,
    tax_year_threshold_pence bigint,
    constraint uk_payment_settings unique (tenant_id),
    constraint fk_payment_settings_tenant foreign key (tenant_id) references provider (id)
);

create table rate_card (
    id                     bigint       not null auto_increment primary key,
    version                bigint       not null,
    tenant_id              bigint       not null,
    effective_from         date         not null,
    effective_to           date,
    mileage_pence_per_mile bigint       not null,
    online_allowance_pence bigint       not null,
    updated_by             varchar(254),
    constraint uk_rate_card_tenant_id unique (tenant_id, id),
    constraint fk_rate_card_tenant foreign key (tenant_id) references provider (id)
);
create index ix_rate_card_from on rate_card (tenant_id, effective_from);

create table rate_card_fee (
    id                bigint      not null auto_increment primary key,
    version           bigint      not null,
    tenant_id         bigint      not null,
    rate_card_id      bigint      not null,
    activity_type_id  bigint      not null,
    basis             varchar(20) not null,
    amount_pence      bigint      not null,
    day_pence         bigint,
    preparation_pence bigint      not null,
    constraint uk_rate_card_fee unique (tenant_id, rate_card_id, activity_type_id),
    constraint fk_rate_card_fee_tenant foreign key (tenant_id) references provider (id),
    constraint fk_rate_card_fee_card foreign key (tenant_id, rate_card_id) references rate_card (tenant_id, id),
    constraint fk_rate_card_fee_type foreign key (tenant_id, activity_type_id) references activity_type (tenant_id, id)
);
create index ix_rate_card_fee_type on rate_card_fee (tenant_id, activity_type_id);

create table rate_card_expense (
    id             bigint      not null auto_increment primary key,
    version        bigint      not null,
    tenant_id      bigint      not null,
    rate_card_id   bigint      not null,
    category       varchar(30) not null,
    cap_pence      bigint,
    prior_approval boolean     not null,
    constraint uk_rate_card_expense unique (tenant_id, rate_card_id, category),
    constraint fk_rate_card_expense_tenant foreign key (tenant_id) references provider (id),
    constraint fk_rate_card_expense_card foreign key (tenant_id, rate_card_id) references rate_card (tenant_id, id)
);

create table payment_run (
    id                bigint       not null auto_increment primary key,
    version           bigint       not null,
    tenant_id         bigint       not null,
    status            varchar(20)  not null,
    created_at        datetime(6)  not null,
    created_by        varchar(254),
    exported_at       datetime(6),
    exported_by       varchar(254),
    paid_on           date,
    payment_reference varchar(60),
    paid_by           varchar(254),
    claim_count       int          not null,
    total_pence       bigint       not null,
    constraint uk_payment_run_tenant_id unique (tenant_id, id),
    constraint fk_payment_run_tenant foreign key (tenant_id) references provider (id)
);
create index ix_payment_run_created on payment_run (tenant_id, created_at);
create index ix_payment_run_paid on payment_run (tenant_id, paid_on);

create table payment_claim (
    id                bigint       not null auto_increment primary key,
    version           bigint       not null,
    tenant_id         bigint       not null,
    partner_id        bigint       not null,
    session_id        bigint       not null,
    session_title     varchar(120) not null,
    held_on           date         not null,
    activity_type_id  bigint       not null,
    duration_minutes  int          not null,
    online_only       boolean      not null,
    route             varchar(20),
    rate_card_id      bigint,
    fee_pence         bigint       not null,
    voucher_pence     bigint       not null,
    expenses_pence    bigint       not null,
    status            varchar(20)  not null,
    created_at        datetime(6)  not null,
    declared_at       datetime(6),
    submitted_at      datetime(6),
    submitted_by      varchar(254),
    approved_at       datetime(6),
    approved_by       varchar(254),
    authorised_at     datetime(6),
    authorised_by     varchar(254),
    rejected_at       datetime(6),
    rejected_by       varchar(254),
    rejected_from     varchar(20),
    rejection_reason  varchar(500),
    run_id            bigint,
    paid_on           date,
    payment_reference varchar(60),
    constraint uk_payment_claim_session_partner unique (tenant_id, session_id, partner_id),
    constraint uk_payment_claim_tenant_id unique (tenant_id, id),
    constraint fk_payment_claim_tenant foreign key (tenant_id) references provider (id),
    constraint fk_payment_claim_partner foreign key (tenant_id, partner_id) references partner (tenant_id, id),
    constraint fk_payment_claim_session foreign key (tenant_id, session_id) references involvement_session (tenant_id, id),
    constraint fk_payment_claim_type foreign key (tenant_id, activity_type_id) references activity_type (tenant_id, id),
    constraint fk_payment_claim_card foreign key (tenant_id, rate_card_id) references rate_card (tenant_id, id),
    constraint fk_payment_claim_run foreign key (tenant_id, run_id) references payment_run (tenant_id, id)
);
create index ix_payment_claim_status on payment_claim (tenant_id, status, submitted_at);
create index ix_payment_claim_partner on payment_claim (tenant_id, partner_id, held_on);
create index ix_payment_claim_run on payment_claim (tenant_id, run_id);
create index ix_payment_claim_paid on payment_claim (tenant_id, paid_on);
create index ix_payment_claim_type on payment_claim (tenant_id, activity_type_id);
create index ix_payment_claim_card on payment_claim (tenant_id, rate_card_id);

create table claim_expense (
    id             bigint       not null auto_increment primary key,
    version        bigint       not null,
    tenant_id      bigint       not null,
    claim_id       bigint       not null,
    category       varchar(30)  not null,
    description    varchar(200),
    spent_on       date         not null,
    miles          int,
    amount_pence   bigint       not null,
    prior_approval varchar(200),
    receipt_name   varchar(200),
    receipt_type   varchar(100),
    receipt_size   bigint,
    receipt        longblob,
    created_at     datetime(6)  not null,
    constraint fk_claim_expense_tenant foreign key (tenant_id) references provider (id),
    constraint fk_claim_expense_claim foreign key (tenant_id, claim_id) references payment_claim (tenant_id, id)
);
create index ix_claim_expense_claim on claim_expense (tenant_id, claim_id);
