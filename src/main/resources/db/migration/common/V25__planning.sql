-- Planning involvement and the record of the regulator's reviews (DD038): the provider's involvement strategy with its
-- objectives, versioned policies and processes (a document kept in the database, or text), and review cycles with
-- the programmes they covered, their quality activities and referrals. Keys carry tenant_id (V18, DD025).
create table involvement_strategy (
    id          bigint        not null auto_increment primary key,
    version     bigint        not null,
    tenant_id   bigint        not null,
    title       varchar(200)  not null,
    body        varchar(4000) not null,
    owner       varchar(120)  not null,
    starts_on   date          not null,
    ends_on     date          not null,
    updated_by  varchar(254),
    constraint uk_involvement_strategy unique (tenant_id),
    constraint uk_involvement_strategy_tenant_id unique (tenant_id, id),
    constraint fk_involvement_strategy_tenant foreign key (tenant_id) references provider (id)
);

create table strategy_objective (
    id           bigint        not null auto_increment primary key,
    version      bigint        not null,
    tenant_id    bigint        not null,
    strategy_id  bigint        not null,
    title        varchar(200)  not null,
    measure      varchar(500)  not null,
    target       varchar(200)  not null,
    owner        varchar(120)  not null,
    progress     varchar(1000),
    status       varchar(20)   not null,
    constraint uk_strategy_objective_tenant_id unique (tenant_id, id),
    constraint fk_strategy_objective_tenant foreign key (tenant_id) references provider (id),
    constraint fk_strategy_objective_strategy foreign key (tenant_id, strategy_id)
        references involvement_strategy (tenant_id, id)
);
create index ix_strategy_objective_strategy on strategy_objective (tenant_id, strategy_id);

create table planning_policy (
    id          bigint        not null auto_increment primary key,
    version     bigint        not null,
    tenant_id   bigint        not null,
    title       varchar(200)  not null,
    kind        varchar(20)   not null,
    created_at  datetime(6)   not null,
    constraint uk_planning_policy_title unique (tenant_id, title),
    constraint uk_planning_policy_tenant_id unique (tenant_id, id),
    constraint fk_planning_policy_tenant foreign key (tenant_id) references provider (id)
);

create table policy_version (
    id              bigint        not null auto_increment primary key,
    version         bigint        not null,
    tenant_id       bigint        not null,
    policy_id       bigint        not null,
    version_number  int           not null,
    owner           varchar(120)  not null,
    approved_on     date          not null,
    next_review_on  date          not null,
    body            varchar(4000),
    file_name       varchar(200),
    content_type    varchar(100),
    size_bytes      bigint,
    content         longblob,
    created_by      varchar(254),
    created_at      datetime(6)   not null,
    constraint uk_policy_version_number unique (tenant_id, policy_id, version_number),
    constraint uk_policy_version_tenant_id unique (tenant_id, id),
    constraint fk_policy_version_tenant foreign key (tenant_id) references provider (id),
    constraint fk_policy_version_policy foreign key (tenant_id, policy_id) references planning_policy (tenant_id, id)
);

create table review_cycle (
    id          bigint        not null auto_increment primary key,
    version     bigint        not null,
    tenant_id   bigint        not null,
    kind        varchar(30)   not null,
    starts_on   date          not null,
    ends_on     date,
    summary     varchar(2000),
    updated_by  varchar(254),
    constraint uk_review_cycle_tenant_id unique (tenant_id, id),
    constraint fk_review_cycle_tenant foreign key (tenant_id) references provider (id)
);
create index ix_review_cycle_starts on review_cycle (tenant_id, starts_on);

create table review_cycle_programme (
    id            bigint  not null auto_increment primary key,
    version       bigint  not null,
    tenant_id     bigint  not null,
    cycle_id      bigint  not null,
    programme_id  bigint  not null,
    constraint uk_review_cycle_programme unique (tenant_id, cycle_id, programme_id),
    constraint fk_review_cycle_programme_tenant foreign key (tenant_id) references provider (id),
    constraint fk_review_cycle_programme_cycle foreign key (tenant_id, cycle_id) references review_cycle (tenant_id, id),
    constraint fk_review_cycle_programme_programme foreign key (tenant_id, programme_id)
        references programme (tenant_id, id)
);
create index ix_review_cycle_programme_programme on review_cycle_programme (tenant_id, programme_id);

create table quality_activity (
    id             bigint        not null auto_increment primary key,
    version        bigint        not null,
    tenant_id      bigint        not null,
    cycle_id       bigint        not null,
    question       varchar(2000) not null,
    response       varchar(4000),
    evidence_path  varchar(120),
    status         varchar(20)   not null,
    constraint uk_quality_activity_tenant_id unique (tenant_id, id),
    constraint fk_quality_activity_tenant foreign key (tenant_id) references provider (id),
    constraint fk_quality_activity_cycle foreign key (tenant_id, cycle_id) references review_cycle (tenant_id, id)
);
create index ix_quality_activity_cycle on quality_activity (tenant_id, cycle_id);

create table review_referral (
    id                 bigint        not null auto_increment primary key,
    version            bigint        not null,
    tenant_id          bigint        not null,
    cycle_id           bigint        not null,
    issue              varchar(2000) not null,
    referred_to        varchar(30)   not null,
    due_on             date          not null,
    status             varchar(20)   not null,
    about_involvement  boolean       not null,
    constraint uk_review_referral_tenant_id unique (tenant_id, id),
    constraint fk_review_referral_tenant foreign key (tenant_id) references provider (id),
    constraint fk_review_referral_cycle foreign key (tenant_id, cycle_id) references review_cycle (tenant_id, id)
);
create index ix_review_referral_cycle on review_referral (tenant_id, cycle_id);
create index ix_review_referral_open on review_referral (tenant_id, status, about_involvement, due_on);
