-- Covering indexes for the aggregate figures of the insights dashboard and the reviewer's evidence (DD044,
-- docs/performance.md "Insights and evidence at scale"). A year's completed sessions are read in date order from
-- the index alone (status, kind, programme, type, level and times included), and their attended places from the
-- index alone (no row read to check the attendance): on MariaDB at 1,000,000 places this turned seconds of page
-- reads into a fraction of a second.
create index ix_involvement_session_figures on involvement_session
    (tenant_id, held_on, status, kind, programme_id, activity_type_id, level, start_time, end_time);
create index ix_session_offer_attended on session_offer (tenant_id, session_id, attendance, partner_id);
