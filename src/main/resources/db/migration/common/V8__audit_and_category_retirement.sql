-- An experience category whose meaning changed is retired, not renamed: partners' consent stays
-- attached to what they consented to, and the new category needs fresh consent (DD012).
alter table experience_category add column retired_at datetime(6);
