-- The audit log stays append-only (DD012) with two exceptions, both from the privacy module (DD045): erasing a
-- person replaces their personal values in the entries about them, and the retention job deletes entries past
-- their period. Each sets @involvement_audit_change on its own connection for the one statement and clears it.
drop trigger audit_entry_no_update;
drop trigger audit_entry_no_delete;

create trigger audit_entry_no_update before update on audit_entry for each row
begin
    if @involvement_audit_change is null or @involvement_audit_change <> 'erasure' then
        signal sqlstate '45000' set message_text = 'audit_entry is append-only';
    end if;
end;

create trigger audit_entry_no_delete before delete on audit_entry for each row
begin
    if @involvement_audit_change is null or @involvement_audit_change <> 'retention' then
        signal sqlstate '45000' set message_text = 'audit_entry is append-only';
    end if;
end;
