package app.involvement.provider.internal;

import app.involvement.provider.HcpcProfession;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo profile only: a few programmes and experience categories in each demo provider. */
@Component
@Profile("demo & !mysql")
@Order(3)
class DemoProgrammes implements ApplicationRunner {

    private static final List<String> CATEGORIES = List.of("Mental health services", "Stroke survivor",
            "Parent carer", "Learning disability", "Long-term condition", "Physical disability",
            "Older people’s services", "Maternity services");

    private final ProgrammeRepository programmes;
    private final ExperienceCategoryRepository categories;
    private final ProviderService providers;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoProgrammes(ProgrammeRepository programmes, ExperienceCategoryRepository categories, ProviderService providers, TransactionTemplate transactions,
            Clock clock) {
        this.programmes = programmes;
        this.categories = categories;
        this.providers = providers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed("NBU", new Programme("BSc (Hons) Physiotherapy", HcpcProfession.PHYSIOTHERAPISTS, "Undergraduate", clock.instant()),
                new Programme("BSc (Hons) Paramedic Science", HcpcProfession.PARAMEDICS, "Undergraduate", clock.instant()),
                new Programme("MSc Occupational Therapy (pre-registration)", HcpcProfession.OCCUPATIONAL_THERAPISTS,
                        "Postgraduate", clock.instant()));
        seed("SMC", new Programme("BSc (Hons) Paramedic Science", HcpcProfession.PARAMEDICS, "Undergraduate", clock.instant()),
                new Programme("FdSc Operating Department Practice", HcpcProfession.OPERATING_DEPARTMENT_PRACTITIONERS,
                        "Foundation degree", clock.instant()));
    }

    private void seed(String providerCode, Programme... list) {
        Long tenantId = providers.findByShortCode(providerCode).orElseThrow().id();
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(tx -> {
            if (programmes.count() == 0) {
                programmes.saveAll(List.of(list));
            }
            if (categories.count() == 0) {
                categories.saveAll(CATEGORIES.stream().map(ExperienceCategory::new).toList());
            }
        }));
    }
}
