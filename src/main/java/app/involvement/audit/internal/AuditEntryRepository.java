package app.involvement.audit.internal;

import app.involvement.audit.AuditRecord;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: there is deliberately no update or delete. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("select new app.involvement.audit.AuditRecord(a.occurredAt, a.type, a.tenantId, a.actor, a.subject, a.detail)"
            + " from AuditEntry a where (:type is null or a.type = :type) and (:subject is null or a.subject = :subject)"
            + " order by a.id desc")
    List<AuditRecord> find(String type, String subject, Pageable pageable);

    @Query("select new app.involvement.audit.AuditRecord(a.occurredAt, a.type, a.tenantId, a.actor, a.subject, a.detail)"
            + " from AuditEntry a where a.tenantId = :tenantId and a.type in :types order by a.occurredAt desc, a.id desc")
    List<AuditRecord> findForTenant(Long tenantId, java.util.Collection<String> types, Pageable pageable);

    @Query("select count(a) from AuditEntry a where a.tenantId = :tenantId and a.type in :types")
    long countForTenant(Long tenantId, java.util.Collection<String> types);
}
