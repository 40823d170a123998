-- The audit log is append-only in the database too: updates and deletes are refused whoever asks
-- (DD012). MySQL 8 and MariaDB; H2 (demo and tests only) has no SQL-bodied triggers.
create trigger audit_entry_no_update before update on audit_entry for each row
    signal sqlstate '45000' set message_text = 'audit_entry is append-only';

create trigger audit_entry_no_delete before delete on audit_entry for each row
    signal sqlstate '45000' set message_text = 'audit_entry is append-only';
