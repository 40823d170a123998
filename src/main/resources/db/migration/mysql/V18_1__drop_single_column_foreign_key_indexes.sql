-- MySQL and MariaDB created an index of its own for each foreign key of V18's list that had no index
-- starting with its column (named after the constraint), and keep it when the key is dropped. The
-- composite keys of V18 use the (tenant_id, ...) indexes that already exist, so these single-column
-- indexes, which do not start with tenant_id, go. H2 drops such indexes with their constraint.
drop index fk_partner_status_change_partner on partner_status_change;
drop index fk_partner_experience_partner on partner_experience;
drop index fk_partner_experience_category on partner_experience;
drop index fk_partner_interest_partner on partner_interest;
drop index fk_partner_interest_type on partner_interest;
drop index fk_weekly_availability_partner on weekly_availability;
drop index fk_availability_exception_partner on availability_exception;
