-- Partners' availability: a weekly pattern and dated exceptions.

create table weekly_availability (
    id          bigint      not null auto_increment primary key,
    version     bigint      not null,
    tenant_id   bigint      not null,
    partner_id  bigint      not null,
    day_of_week int         not null,
    part_of_day varchar(10) not null,
    constraint uk_weekly_availability unique (tenant_id, partner_id, day_of_week, part_of_day),
    constraint fk_weekly_availability_tenant foreign key (tenant_id) references provider (id),
    constraint fk_weekly_availability_partner foreign key (partner_id) references partner (id)
);
create index ix_weekly_availability_slot on weekly_availability (tenant_id, day_of_week, part_of_day, partner_id);

create table availability_exception (
    id          bigint       not null auto_increment primary key,
    version     bigint       not null,
    tenant_id   bigint       not null,
    partner_id  bigint       not null,
    starts_on   date         not null,
    ends_on     date         not null,
    available   boolean      not null,
    note        varchar(200),
    constraint fk_availability_exception_tenant foreign key (tenant_id) references provider (id),
    constraint fk_availability_exception_partner foreign key (partner_id) references partner (id)
);
create index ix_availability_exception_partner on availability_exception (tenant_id, partner_id, ends_on);
