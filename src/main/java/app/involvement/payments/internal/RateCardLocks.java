package app.involvement.payments.internal;

import app.involvement.payments.PaymentSettings;
import app.involvement.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One change at a time to a provider's rate cards and settings: the provider's payment-settings row is locked
 * first. Two leads saving overlapping cards at the same moment are served one after the other, and the second is
 * told about the first's card. The row is made with the defaults on first use, in a transaction of its own; when
 * two saves make it at once, the unique key on {@code tenant_id} keeps one and the other simply locks it. Callers
 * run at READ COMMITTED, so what they read after the lock includes the card the other save committed (under
 * InnoDB's REPEATABLE READ they would read an older snapshot and both overlapping cards would be stored).
 */
@Component
class RateCardLocks {

    private final EntityManager entityManager;
    private final PaymentSettingsRepository settings;
    private final TransactionTemplate ownTransaction;

    RateCardLocks(EntityManager entityManager, PaymentSettingsRepository settings,
            PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Locks the current provider's settings row until the transaction ends, and returns it. */
    PaymentSettingsEntry lockProviderCards() {
        // made before any locking read: InnoDB's gap lock on a missing row would block the insert
        if (settings.findFirstBy().isEmpty()) {
            try {
                ownTransaction.executeWithoutResult(tx -> settings.saveAndFlush(
                        new PaymentSettingsEntry(PaymentSettings.defaults())));
            } catch (DataAccessException madeByTheOtherSave) {
                // the other save made the row first: lock that one
            }
        }
        return locked().getFirst();
    }

    /** A plain "for update" in native SQL: MariaDB refuses the "for update of" Hibernate writes for a locking query. */
    private List<PaymentSettingsEntry> locked() {
        List<?> ids = entityManager.createNativeQuery("select id from payment_settings where tenant_id = :tenant"
                + " for update").setParameter("tenant", TenantContext.require()).getResultList();
        return ids.stream().map(id -> entityManager.find(PaymentSettingsEntry.class, ((Number) id).longValue()))
                .toList();
    }
}
