-- One row per scheduled job: the instance that holds the row until lock_until runs the job (ShedLock).
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null,
    primary key (name)
);
