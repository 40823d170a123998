package app.involvement.planning.internal;

import app.involvement.planning.ActivityStatus;
import app.involvement.planning.ObjectiveInput;
import app.involvement.planning.ObjectiveStatus;
import app.involvement.planning.PolicyKind;
import app.involvement.planning.QualityActivityInput;
import app.involvement.planning.ReferralInput;
import app.involvement.planning.ReferralStatus;
import app.involvement.planning.ReviewCycleInput;
import app.involvement.planning.StrategyInput;
import app.involvement.shared.ReviewKind;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only (DD038). Northbridge: an involvement strategy from last September for three years with four
 * objectives, five policies and processes (one in two versions, the newer a PDF document), a performance review
 * under way with three quality activities and one open referral about involvement, and an approval years ago.
 * Southmoor: no strategy (so the "no strategy" pitfall fires) and one policy. Dates are relative to the clock; a
 * provider that already has policies is left alone.
 */
@Component
@Profile("demo & !mysql")
@Order(30)
class DemoPlanning implements ApplicationRunner {

    private static final String LEAD = "lead@northbridge.example";

    private final StrategyRepository strategies;
    private final ObjectiveRepository objectives;
    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final ReviewCycleRepository cycles;
    private final CycleProgrammeRepository cyclePrograms;
    private final QualityActivityRepository activities;
    private final ReferralRepository referrals;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoPlanning(StrategyRepository strategies, ObjectiveRepository objectives, PolicyRepository policies,
            PolicyVersionRepository versions, ReviewCycleRepository cycles, CycleProgrammeRepository cyclePrograms,
            QualityActivityRepository activities, ReferralRepository referrals, JdbcTemplate jdbc,
            TransactionTemplate transactions, Clock clock) {
        this.strategies = strategies;
        this.objectives = objectives;
        this.policies = policies;
        this.versions = versions;
        this.cycles = cycles;
        this.cyclePrograms = cyclePrograms;
        this.activities = activities;
        this.referrals = referrals;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed("NBU", this::northbridge);
        seed("SMC", this::southmoor);
    }

    private void seed(String code, java.util.function.BiConsumer<Long, LocalDate> story) {
        List<Long> tenant = jdbc.queryForList("select id from provider where short_code = ?", Long.class, code);
        if (tenant.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(UkFormats.UK_TIME));
        TenantContext.runAs(tenant.get(0), () -> transactions.executeWithoutResult(tx -> {
            if (policies.count() > 0 || strategies.count() > 0 || cycles.count() > 0) {
                return;
            }
            story.accept(tenant.get(0), today);
        }));
    }

    private void northbridge(Long tenant, LocalDate today) {
        LocalDate starts = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() - 1 : today.getYear() - 2, 9, 1);
        LocalDate ends = starts.plusYears(3).minusDays(1);
        var strategy = strategies.save(new StrategyEntry(new StrategyInput(
                "Involvement strategy " + starts.getYear() + "–" + ends.getYear(),
                """
                Service users and carers help us design, teach and assess every programme we run.

                Over these three years we will widen who takes part, so that learners hear from people with many \
                different experiences. We will prepare and support everyone who takes part, pay them fairly and \
                promptly, and ask them after every session how it went. We will tell them what we changed.""",
                "Asha Patel, involvement lead", starts, ends), LEAD));
        Long s = strategy.getId();
        objectives.save(new ObjectiveEntry(s, new ObjectiveInput(
                "Involve service users and carers in every year of every programme",
                "Programme years with at least one session involving a partner", "100% of programme years",
                "Asha Patel", "All three programmes have sessions planned in every year; the MSc second year is still"
                + " short of a teaching session.", ObjectiveStatus.ON_TRACK)));
        var o2 = objectives.save(new ObjectiveEntry(s, new ObjectiveInput(
                "Widen the range of experience in the pool",
                "Experience categories with at least three active partners", "6 of 8 categories by " + ends.getYear(),
                "Colin Okafor", "Four categories so far; maternity and learning disability are thin.",
                ObjectiveStatus.AT_RISK)));
        objectives.save(new ObjectiveEntry(s, new ObjectiveInput(
                "Pay partners promptly",
                "Claims paid within the turnaround set by the provider", "95% of claims",
                "Fiona Brennan", "Most claims are paid within 14 days.", ObjectiveStatus.ON_TRACK)));
        objectives.save(new ObjectiveEntry(s, new ObjectiveInput(
                "Tell partners what changed because of their feedback",
                "Actions from feedback told back to partners", "Every completed action",
                "Asha Patel", null, ObjectiveStatus.NOT_STARTED)));

        var involvement = policy("Service user and carer involvement policy", PolicyKind.POLICY);
        version(involvement, 1, "Asha Patel", starts.minusYears(2), starts.minusYears(1),
                "We involve service users and carers in recruitment, teaching, assessment and programme design."
                + " Everyone who takes part is prepared, supported and paid.", null);
        version(involvement, 2, "Asha Patel", starts.minusMonths(1), starts.plusYears(2).minusMonths(1), null,
                "involvement-policy.pdf");
        var payment = policy("Payment and expenses for partners", PolicyKind.POLICY);
        version(payment, 1, "Fiona Brennan", today.minusMonths(8), today.plusMonths(16),
                "Partners are paid for the time they give, at the rates on the rate card, and their expenses are"
                + " repaid. Claims are paid within 14 days of approval.", null);
        var support = policy("Preparing and supporting partners", PolicyKind.PROCESS);
        version(support, 1, "Colin Okafor", today.minusMonths(14), today.minusDays(20),
                "Each partner has a named contact, a preparation briefing before each session and a debrief"
                + " afterwards if they want one.", null);
        var recruitment = policy("Recruiting partners to the pool", PolicyKind.PROCESS);
        version(recruitment, 1, "Colin Okafor", today.minusMonths(5), today.plusMonths(19),
                "We recruit through local groups and charities, agree consent before anyone joins the pool, and"
                + " check the range of experience in the pool each term.", null);
        var safeguarding = policy("Safeguarding and wellbeing of partners", PolicyKind.POLICY);
        version(safeguarding, 1, "Asha Patel", today.minusMonths(3), today.plusMonths(21),
                "Sessions that may be distressing have a risk assessment; partners can stop at any time and are"
                + " offered a debrief.", null);

        List<Long> programmes = jdbc.queryForList("select id from programme where tenant_id = ? order by id",
                Long.class, tenant);
        var approval = cycles.save(new ReviewCycleEntry(new ReviewCycleInput(ReviewKind.APPROVAL,
                today.minusYears(6).withDayOfMonth(1), today.minusYears(6).withDayOfMonth(1).plusMonths(5),
                "The programmes were approved with no conditions.", new LinkedHashSet<>(programmes)), LEAD));
        programmes.forEach(p -> cyclePrograms.save(new CycleProgrammeEntry(approval.getId(), p)));
        activities.save(new QualityActivityEntry(approval.getId(), new QualityActivityInput(
                "How are service users and carers involved in the selection of applicants?",
                "Partners sit on every interview panel and help write the questions.", null, ActivityStatus.CLOSED)));

        var review = cycles.save(new ReviewCycleEntry(new ReviewCycleInput(ReviewKind.PERFORMANCE_REVIEW,
                today.minusMonths(2), null, "The regulator’s performance review of the provider’s programmes.",
                new LinkedHashSet<>(programmes.subList(0, Math.min(2, programmes.size())))), LEAD));
        programmes.subList(0, Math.min(2, programmes.size()))
                .forEach(p -> cyclePrograms.save(new CycleProgrammeEntry(review.getId(), p)));
        activities.save(new QualityActivityEntry(review.getId(), new QualityActivityInput(
                "Please show how your policy on involving service users and carers has changed since approval.",
                "The policy was rewritten with partners last summer; version 2 is attached.",
                "policies/" + involvement.getId(), ActivityStatus.RESPONDED)));
        activities.save(new QualityActivityEntry(review.getId(), new QualityActivityInput(
                "How do you know that involvement covers a wide enough range of experience?",
                "We set an objective for it in our strategy and check the pool each term.",
                "strategy#objective-" + o2.getId(), ActivityStatus.RESPONDED)));
        activities.save(new QualityActivityEntry(review.getId(), new QualityActivityInput(
                "Please describe how partners are involved in assessment on the paramedic programme.", null,
                programmes.size() > 1 ? "programmes/" + programmes.get(1) : null, ActivityStatus.OPEN)));
        referrals.save(new ReferralEntry(review.getId(), new ReferralInput(
                "Evaluate the impact of involvement on learners and show how feedback from partners changes teaching.",
                ReviewKind.FOCUSED_REVIEW, today.plusWeeks(6), ReferralStatus.OPEN, true)));
        referrals.save(new ReferralEntry(review.getId(), new ReferralInput(
                "Update the programme handbook to the current standards of proficiency.",
                ReviewKind.PERFORMANCE_REVIEW, today.minusWeeks(2), ReferralStatus.CLOSED, false)));
    }

    private void southmoor(Long tenant, LocalDate today) {
        var policy = policy("Involving people with lived experience", PolicyKind.POLICY);
        version(policy, 1, "Gareth Hughes", today.minusMonths(10), today.plusMonths(14),
                "People with lived experience help teach the paramedic and operating department programmes.", null);
    }

    private PolicyEntry policy(String title, PolicyKind kind) {
        return policies.save(new PolicyEntry(title, kind, clock.instant()));
    }

    private void version(PolicyEntry policy, int number, String owner, LocalDate approved, LocalDate review,
            String text, String fileName) {
        byte[] content = fileName == null ? null : demoPdf(policy.getTitle());
        versions.save(new PolicyVersionEntry(policy.getId(), number, owner, approved, review, text, fileName,
                fileName == null ? null : "application/pdf", content, LEAD, clock.instant()));
    }

    /** A one-page PDF naming the policy: enough for the download link and the type check. */
    static byte[] demoPdf(String title) {
        String text = title.replaceAll("[()\\\\]", "");
        String stream = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
        String body = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }
}
