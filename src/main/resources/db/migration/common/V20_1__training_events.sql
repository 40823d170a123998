-- Scheduled sessions of a training module that partners book, and who attended (DD022).

create table training_event (
    id         bigint       not null auto_increment primary key,
    version    bigint       not null,
    tenant_id  bigint       not null,
    module_id  bigint       not null,
    held_on    date         not null,
    start_time varchar(5),
    place      varchar(200) not null,
    online     boolean      not null,
    places     int          not null,
    constraint fk_training_event_tenant foreign key (tenant_id) references provider (id),
    constraint uk_training_event_tenant_id unique (tenant_id, id),
    constraint fk_training_event_module foreign key (tenant_id, module_id) references training_module (tenant_id, id)
);
create index ix_training_event_date on training_event (tenant_id, held_on);
create index ix_training_event_module on training_event (tenant_id, module_id, held_on);

create table training_booking (
    id         bigint  not null auto_increment primary key,
    version    bigint  not null,
    tenant_id  bigint  not null,
    event_id   bigint  not null,
    partner_id bigint  not null,
    attended   boolean not null,
    constraint uk_training_booking unique (tenant_id, event_id, partner_id),
    constraint fk_training_booking_tenant foreign key (tenant_id) references provider (id),
    constraint fk_training_booking_event foreign key (tenant_id, event_id) references training_event (tenant_id, id),
    constraint fk_training_booking_partner foreign key (tenant_id, partner_id) references partner (tenant_id, id)
);
create index ix_training_booking_partner on training_booking (tenant_id, partner_id);
