-- The provider's thresholds for the pitfall indicators (DD041): one row per provider, made on the lead's first save;
-- the defaults apply until then. Ranges are checked by the service (PitfallLimits).
create table pitfall_threshold (
    id                     bigint       not null auto_increment primary key,
    version                bigint       not null,
    tenant_id              bigint       not null,
    reliance_top_partners  int          not null,
    reliance_share_percent int          not null,
    coverage_percent       int          not null,
    unevaluated_sessions   int          not null,
    overdue_actions        int          not null,
    shrink_percent         int          not null,
    updated_by             varchar(254),
    updated_at             datetime(6)  not null,
    constraint uk_pitfall_threshold unique (tenant_id),
    constraint fk_pitfall_threshold_tenant foreign key (tenant_id) references provider (id)
);
