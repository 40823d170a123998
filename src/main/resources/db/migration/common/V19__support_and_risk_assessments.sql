-- Support for service users and carers: a named staff contact per partner, practical support requests,
-- and risk assessments per activity type (DD023). Activity types can require a risk assessment.
-- Keys to other tenant tables carry tenant_id (V18, DD025); staff are people (user_account, a platform
-- table kept apart from the providers' shards), so their ids are stored without a foreign key, as partner.user_id is.

alter table activity_type add column risk_assessment_required boolean default false not null;

create table named_contact (
    id              bigint    not null auto_increment primary key,
    version         bigint    not null,
    tenant_id       bigint    not null,
    partner_id      bigint    not null,
    staff_user_id   bigint    not null,
    changed_at      datetime(6) not null,
    constraint uk_named_contact_partner unique (tenant_id, partner_id),
    constraint fk_named_contact_tenant foreign key (tenant_id) references provider (id),
    constraint fk_named_contact_partner foreign key (tenant_id, partner_id) references partner (tenant_id, id)
);
create index ix_named_contact_staff on named_contact (tenant_id, staff_user_id);

create table support_request (
    id            bigint       not null auto_increment primary key,
    version       bigint       not null,
    tenant_id     bigint       not null,
    partner_id    bigint       not null,
    kind          varchar(30)  not null,
    details       varchar(500),
    needed_on     date,
    status        varchar(20)  not null,
    outcome       varchar(500),
    requested_at  datetime(6)  not null,
    requested_by  varchar(254),
    handled_at    datetime(6),
    handled_by    varchar(254),
    constraint fk_support_request_tenant foreign key (tenant_id) references provider (id),
    constraint fk_support_request_partner foreign key (tenant_id, partner_id) references partner (tenant_id, id)
);
create index ix_support_request_status on support_request (tenant_id, status, requested_at);
create index ix_support_request_partner on support_request (tenant_id, partner_id, requested_at);

create table risk_assessment (
    id                 bigint        not null auto_increment primary key,
    version            bigint        not null,
    tenant_id          bigint        not null,
    activity_type_id   bigint        not null,
    session_reference  varchar(200),
    session_date       date,
    hazards            varchar(2000) not null,
    who_may_be_harmed  varchar(1000) not null,
    controls           varchar(2000) not null,
    reviewer_user_id   bigint        not null,
    assessed_on        date          not null,
    review_on          date          not null,
    constraint fk_risk_assessment_tenant foreign key (tenant_id) references provider (id),
    constraint fk_risk_assessment_type foreign key (tenant_id, activity_type_id) references activity_type (tenant_id, id)
);
create index ix_risk_assessment_type on risk_assessment (tenant_id, activity_type_id, review_on);
create index ix_risk_assessment_review on risk_assessment (tenant_id, review_on);
