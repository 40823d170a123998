package app.involvement.provider.internal;

import app.involvement.provider.ActivityArea;
import app.involvement.tenancy.ProviderCreated;
import app.involvement.tenancy.TenantContext;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every new provider the activity types the HCPC describes; the lead can add more. Runs after
 * the provider is committed, in a transaction of its own opened inside the new provider's tenant.
 */
@Component
class DefaultActivityTypes {

    private final ActivityTypeRepository types;
    private final TransactionTemplate transactions;

    DefaultActivityTypes(ActivityTypeRepository types, PlatformTransactionManager transactionManager) {
        this.types = types;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void on(ProviderCreated created) {
        TenantContext.runAs(created.tenantId(), () -> transactions.executeWithoutResult(tx -> {
            if (types.count() == 0) {
                types.saveAll(defaults());
            }
        }));
    }

    static List<ActivityType> defaults() {
        return List.of(
                new ActivityType("Admissions and interviews", ActivityArea.LEARNER_FACING),
                new ActivityType("Teaching delivery", ActivityArea.LEARNER_FACING),
                new ActivityType("Assessment (e.g. OSCE)", ActivityArea.LEARNER_FACING),
                new ActivityType("Fitness to practise panel", ActivityArea.LEARNER_FACING),
                new ActivityType("Simulation development", ActivityArea.LEARNER_FACING),
                new ActivityType("Advisory group", ActivityArea.GOVERNANCE),
                new ActivityType("Programme board or committee", ActivityArea.GOVERNANCE),
                new ActivityType("Programme design and co-production", ActivityArea.QUALITY_IMPROVEMENT),
                new ActivityType("Policy development", ActivityArea.QUALITY_IMPROVEMENT),
                new ActivityType("Research", ActivityArea.RESEARCH));
    }
}
