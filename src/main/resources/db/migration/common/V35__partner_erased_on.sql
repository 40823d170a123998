-- The day a partner was erased (DD048): the anonymised row stays for anonymous counts and finance records, and this
-- is how the retention job knows it (its finance records go when their period ends; it is never "inactive" again).
alter table partner add column erased_on date;
