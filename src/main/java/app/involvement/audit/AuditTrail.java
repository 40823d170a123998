package app.involvement.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** Reads the audit log (newest first). Writing happens only through published AuditEvents. */
public interface AuditTrail {

    List<AuditRecord> find(String type, String subject, Pageable pageable);
}
