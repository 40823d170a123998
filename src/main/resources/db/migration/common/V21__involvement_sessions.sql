-- Involvement sessions, the experience they want, and each partner's offer and place on them (DD027).
-- Keys to other tenant tables carry tenant_id (V18, DD025).

create table involvement_session (
    id                     bigint        not null auto_increment primary key,
    version                bigint        not null,
    tenant_id              bigint        not null,
    programme_id           bigint        not null,
    activity_type_id       bigint        not null,
    title                  varchar(120)  not null,
    description            varchar(2000) not null,
    held_on                date          not null,
    start_time             time          not null,
    end_time               time          not null,
    place                  varchar(200),
    online_link            varchar(500),
    places_minimum         int           not null,
    places_target          int           not null,
    level                  varchar(20)   not null,
    kind                   varchar(30)   not null,
    experience_required    boolean       not null,
    preparation            varchar(2000),
    preparation_link       varchar(500),
    wellbeing_notes        varchar(2000),
    payment_note           varchar(500),
    confidentiality_needed boolean       not null,
    conflict_check_needed  boolean       not null,
    offer_mode             varchar(20)   not null,
    offer_valid_hours      int           not null,
    reminder_days          int           not null,
    status                 varchar(20)   not null,
    ics_sequence           int           not null,
    coordinator_email      varchar(254),
    completed_at           timestamp(6),
    constraint uk_involvement_session_tenant_id unique (tenant_id, id),
    constraint fk_involvement_session_tenant foreign key (tenant_id) references provider (id),
    constraint fk_involvement_session_programme foreign key (tenant_id, programme_id) references programme (tenant_id, id),
    constraint fk_involvement_session_type foreign key (tenant_id, activity_type_id) references activity_type (tenant_id, id)
);
create index ix_involvement_session_date on involvement_session (tenant_id, held_on, start_time);
create index ix_involvement_session_programme on involvement_session (tenant_id, programme_id, held_on);
create index ix_involvement_session_type on involvement_session (tenant_id, activity_type_id);

create table session_experience (
    id          bigint not null auto_increment primary key,
    version     bigint not null,
    tenant_id   bigint not null,
    session_id  bigint not null,
    category_id bigint not null,
    constraint uk_session_experience unique (tenant_id, session_id, category_id),
    constraint fk_session_experience_tenant foreign key (tenant_id) references provider (id),
    constraint fk_session_experience_session foreign key (tenant_id, session_id) references involvement_session (tenant_id, id),
    constraint fk_session_experience_category foreign key (tenant_id, category_id) references experience_category (tenant_id, id)
);
create index ix_session_experience_category on session_experience (tenant_id, category_id);

-- One row per partner and session: the offer, then the place it became (or why not), and attendance.
create table session_offer (
    id                bigint       not null auto_increment primary key,
    version           bigint       not null,
    tenant_id         bigint       not null,
    session_id        bigint       not null,
    partner_id        bigint       not null,
    status            varchar(20)  not null,
    backup_rank       int,
    offered_at        timestamp(6) not null,
    expires_at        timestamp(6),
    responded_at      timestamp(6),
    withdrawal_reason varchar(500),
    attendance        varchar(20),
    reminder_sent_for date,
    constraint uk_session_offer unique (tenant_id, session_id, partner_id),
    constraint uk_session_offer_tenant_id unique (tenant_id, id),
    constraint fk_session_offer_tenant foreign key (tenant_id) references provider (id),
    constraint fk_session_offer_session foreign key (tenant_id, session_id) references involvement_session (tenant_id, id),
    constraint fk_session_offer_partner foreign key (tenant_id, partner_id) references partner (tenant_id, id)
);
create index ix_session_offer_partner on session_offer (tenant_id, partner_id, status);
create index ix_session_offer_status on session_offer (tenant_id, status, expires_at);
