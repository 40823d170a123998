package app.involvement.provider.internal;

import app.involvement.identity.Role;
import app.involvement.identity.StaffChoice;
import app.involvement.identity.StaffDirectory;
import app.involvement.provider.HcpcProfession;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: a few programmes, with a named lead and coordinator and definitions of service
 * users and carers, and experience categories in each demo provider. Runs after the demo accounts.
 */
@Component
@Profile("demo & !mysql")
@Order(3)
class DemoProgrammes implements ApplicationRunner {

    private static final List<String> CATEGORIES = List.of("Mental health services", "Stroke survivor",
            "Parent carer", "Learning disability", "Long-term condition", "Physical disability",
            "Older people’s services", "Maternity services");

    static final String DEFINITION = "People who use or have used physiotherapy, rehabilitation or community health"
            + " services, and the family members and friends who care for them without pay.";
    static final String JUSTIFICATION = "Graduates treat people across the lifespan after injury, stroke and with"
            + " long-term conditions; these groups bring the experience our learners most need to hear.";

    private final ProgrammeRepository programmes;
    private final ProgrammeDefinitionRepository definitions;
    private final ExperienceCategoryRepository categories;
    private final ProviderService providers;
    private final StaffDirectory staff;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoProgrammes(ProgrammeRepository programmes, ProgrammeDefinitionRepository definitions,
            ExperienceCategoryRepository categories, ProviderService providers, StaffDirectory staff,
            TransactionTemplate transactions, Clock clock) {
        this.programmes = programmes;
        this.definitions = definitions;
        this.categories = categories;
        this.providers = providers;
        this.staff = staff;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed("NBU", 2, new Programme("BSc (Hons) Physiotherapy", HcpcProfession.PHYSIOTHERAPISTS, "Undergraduate", clock.instant()),
                new Programme("BSc (Hons) Paramedic Science", HcpcProfession.PARAMEDICS, "Undergraduate", clock.instant()),
                new Programme("MSc Occupational Therapy (pre-registration)", HcpcProfession.OCCUPATIONAL_THERAPISTS,
                        "Postgraduate", clock.instant()));
        seed("SMC", 1, new Programme("BSc (Hons) Paramedic Science", HcpcProfession.PARAMEDICS, "Undergraduate", clock.instant()),
                new Programme("FdSc Operating Department Practice", HcpcProfession.OPERATING_DEPARTMENT_PRACTITIONERS,
                        "Foundation degree", clock.instant()));
    }

    /** The first {@code defined} programmes get a definition; the very first has an older, overdue version too. */
    private void seed(String providerCode, int defined, Programme... list) {
        Long tenantId = providers.findByShortCode(providerCode).orElseThrow().id();
        TenantContext.runAs(tenantId, () -> {
            List<StaffChoice> named = asSeeder(staff::choices);
            transactions.executeWithoutResult(tx -> {
                if (programmes.count() == 0) {
                    StaffChoice lead = first(named, Role.LEAD);
                    StaffChoice coordinator = first(named, Role.COORDINATOR);
                    for (int i = 0; i < list.length; i++) {
                        Programme programme = programmes.save(list[i].named(id(lead), id(coordinator)));
                        if (i < defined && lead != null) {
                            define(programme, lead, i == 0);
                        }
                    }
                }
                if (categories.count() == 0) {
                    categories.saveAll(CATEGORIES.stream().map(ExperienceCategory::new).toList());
                }
            });
        });
    }

    private void define(Programme programme, StaffChoice author, boolean withOverdueVersion) {
        LocalDate today = LocalDate.now(clock.withZone(DefaultProgrammeDefinitions.ZONE));
        int number = 1;
        if (withOverdueVersion) {
            definitions.save(new ProgrammeDefinition(programme.getId(), number++, "People who use physiotherapy services.",
                    "A first, short definition agreed with the programme team.", author.userId(), author.displayName(),
                    clock.instant().minus(Duration.ofDays(500)), today.minusDays(135)));
        }
        definitions.save(new ProgrammeDefinition(programme.getId(), number, DEFINITION, JUSTIFICATION, author.userId(),
                author.displayName(), clock.instant(), today.plusYears(1)));
    }

    private static StaffChoice first(List<StaffChoice> choices, Role role) {
        return choices.stream().filter(c -> c.role() == role).findFirst().orElse(null);
    }

    private static Long id(StaffChoice choice) {
        return choice == null ? null : choice.userId();
    }

    /** Reads the staff directory as the provider's lead would; the directory checks the caller's role. */
    private static <T> T asSeeder(java.util.function.Supplier<T> read) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-seed", null,
                List.of(new SimpleGrantedAuthority(Role.LEAD.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return read.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
