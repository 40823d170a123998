-- Wellbeing around a session (DD029): a partner's optional check-in before it, and a request for a debrief after
-- it, which stays open until a coordinator closes it. One row per partner, session and stage.
create table wellbeing_note (
    id          bigint       not null auto_increment primary key,
    version     bigint       not null,
    tenant_id   bigint       not null,
    session_id  bigint       not null,
    partner_id  bigint       not null,
    stage       varchar(20)  not null,
    note        varchar(500),
    created_at  datetime(6)  not null,
    closed_at   datetime(6),
    closed_by   varchar(254),
    constraint uk_wellbeing_note unique (tenant_id, session_id, partner_id, stage),
    constraint fk_wellbeing_note_tenant foreign key (tenant_id) references provider (id),
    constraint fk_wellbeing_note_session foreign key (tenant_id, session_id) references involvement_session (tenant_id, id),
    constraint fk_wellbeing_note_partner foreign key (tenant_id, partner_id) references partner (tenant_id, id)
);
create index ix_wellbeing_note_open on wellbeing_note (tenant_id, stage, closed_at, created_at);
create index ix_wellbeing_note_partner on wellbeing_note (tenant_id, partner_id);
