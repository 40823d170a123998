package app.involvement.dataexport.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.ModuleAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The copies' entries in the audit log: the partner is named by id only ("partner 42"). */
@Component
class DataExportAudit extends ModuleAudit {

    DataExportAudit(ApplicationEventPublisher events, CurrentUser currentUser) {
        super(events, currentUser);
    }
}
