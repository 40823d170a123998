-- Evaluating sessions (DD039): partners' feedback after a completed session, staff feedback, learners' feedback as
-- counts, and the actions raised from them ("you said, we did"). Keys carry tenant_id (V18, DD025).

create table partner_feedback (
    id             bigint        not null auto_increment primary key,
    version        bigint        not null,
    tenant_id      bigint        not null,
    session_id     bigint        not null,
    partner_id     bigint        not null,
    rating         int           not null,
    support_enough boolean       not null,
    would_again    boolean       not null,
    to_change      varchar(1000),
    given_at       timestamp(6)  not null,
    changed_at     timestamp(6),
    constraint uk_partner_feedback unique (tenant_id, session_id, partner_id),
    constraint uk_partner_feedback_tenant_id unique (tenant_id, id),
    constraint fk_partner_feedback_tenant foreign key (tenant_id) references provider (id),
    constraint fk_partner_feedback_session foreign key (tenant_id, session_id) references involvement_session (tenant_id, id),
    constraint fk_partner_feedback_partner foreign key (tenant_id, partner_id) references partner (tenant_id, id)
);
create index ix_partner_feedback_partner on partner_feedback (tenant_id, partner_id, session_id);

create table staff_feedback (
    id             bigint        not null auto_increment primary key,
    version        bigint        not null,
    tenant_id      bigint        not null,
    session_id     bigint        not null,
    author_user_id bigint        not null,
    author_name    varchar(120)  not null,
    rating         int           not null,
    feedback_text  varchar(2000) not null,
    given_at       timestamp(6)  not null,
    constraint uk_staff_feedback unique (tenant_id, session_id, author_user_id),
    constraint fk_staff_feedback_tenant foreign key (tenant_id) references provider (id),
    constraint fk_staff_feedback_session foreign key (tenant_id, session_id) references involvement_session (tenant_id, id)
);

create table learner_feedback (
    id          bigint        not null auto_increment primary key,
    version     bigint        not null,
    tenant_id   bigint        not null,
    session_id  bigint        not null,
    responses   int           not null,
    positive    int           not null,
    neutral     int           not null,
    negative    int           not null,
    comments    varchar(2000),
    recorded_by varchar(254),
    recorded_at timestamp(6)  not null,
    constraint uk_learner_feedback unique (tenant_id, session_id),
    constraint fk_learner_feedback_tenant foreign key (tenant_id) references provider (id),
    constraint fk_learner_feedback_session foreign key (tenant_id, session_id) references involvement_session (tenant_id, id)
);

create table feedback_action (
    id                  bigint        not null auto_increment primary key,
    version             bigint        not null,
    tenant_id           bigint        not null,
    session_id          bigint        not null,
    partner_feedback_id bigint,
    heard               varchar(500)  not null,
    what                varchar(500)  not null,
    owner_user_id       bigint        not null,
    owner_name          varchar(120)  not null,
    due_on              date          not null,
    status              varchar(20)   not null,
    changed             varchar(1000),
    done_on             date,
    raised_by           varchar(254),
    raised_at           timestamp(6)  not null,
    constraint uk_feedback_action_tenant_id unique (tenant_id, id),
    constraint fk_feedback_action_tenant foreign key (tenant_id) references provider (id),
    constraint fk_feedback_action_session foreign key (tenant_id, session_id) references involvement_session (tenant_id, id),
    constraint fk_feedback_action_feedback foreign key (tenant_id, partner_feedback_id)
        references partner_feedback (tenant_id, id)
);
create index ix_feedback_action_status on feedback_action (tenant_id, status, due_on);
create index ix_feedback_action_done on feedback_action (tenant_id, done_on);
create index ix_feedback_action_session on feedback_action (tenant_id, session_id);
create index ix_feedback_action_feedback on feedback_action (tenant_id, partner_feedback_id);
