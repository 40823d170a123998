package app.involvement.payments.internal;

import app.involvement.payments.PaymentSettings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Component;

/**
 * One change at a time to a provider's rate cards and settings: the provider's payment-settings row is locked
 * first (and made, with the defaults, on the first change). Two leads saving overlapping cards at the same moment
 * are served one after the other, and the second is told about the first's card.
 */
@Component
class RateCardLocks {

    private final EntityManager entityManager;

    RateCardLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks the current provider's settings row until the transaction ends, and returns it. */
    PaymentSettingsEntry lockProviderCards() {
        var found = entityManager.createQuery("select s from PaymentSettingsEntry s", PaymentSettingsEntry.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).getResultList();
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        var entry = new PaymentSettingsEntry(PaymentSettings.defaults());
        entityManager.persist(entry);
        entityManager.flush();
        return entry;
    }
}
