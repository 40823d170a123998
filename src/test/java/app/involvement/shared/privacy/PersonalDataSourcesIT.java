package app.involvement.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.IntegrationTestBase;
import app.involvement.payments.ClaimFixture;
import app.involvement.sessions.MySessionsFixture;
import app.involvement.sessions.SessionStatus;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every module's part of a person's copy (DD046), checked field by field against rows written for one partner (A)
 * in every module; a second partner (B) shares A's session, training session and claim run, and nothing of B turns
 * up in A's copy; nothing is answered for a partner of another provider. Rows are written straight into the tables
 * with fixed times, so every expected text is written out here as a reader would see it.
 */
@Transactional // each test's partners and rows go with its rollback
class PersonalDataSourcesIT extends IntegrationTestBase {

    private static final Locale ENGLISH = Locale.UK;
    private static final Locale WELSH = Locale.forLanguageTag("cy-GB");

    @Autowired
    private List<PersonalDataSource> sources;

    private long tenant;
    private String n;
    private long a;
    private long b;
    private long userA;
    private String emailA;
    private String session;
    private String coordinatorName;
    private List<String> categories;
    private String interest;
    private String module;
    private long receiptA;

    @BeforeEach
    void partnersWithDataEverywhere() {
        tenant = MySessionsFixture.tenant(jdbc, "NBU");
        n = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        emailA = "ceri." + n + "@copy.example";
        userA = ClaimFixture.insert(jdbc, "insert into user_account (version, email, display_name, password_hash,"
                + " platform_role, failed_login_count, created_at, language) values (0, ?, ?, 'HASH-" + n + "', null,"
                + " 0, ?, 'cy')", emailA, "Ceri " + n, at(2025, 2, 20, 12, 0));
        jdbc.update("insert into membership (version, tenant_id, user_id, role, created_at) values (0, ?, ?, 'PARTNER',"
                + " ?)", tenant, userA, at(2025, 2, 20, 12, 5));
        jdbc.update("insert into membership (version, tenant_id, user_id, role, created_at) values (0, ?, ?, 'PARTNER',"
                + " ?)", MySessionsFixture.tenant(jdbc, "SMC"), userA, at(2025, 2, 21, 12, 5));
        jdbc.update("insert into second_factor (version, user_id, secret, last_used_step, failed_count, enrolled_at)"
                + " values (0, ?, ?, 0, 0, ?)", userA, "SECRET" + n, at(2025, 4, 2, 8, 15));
        jdbc.update("insert into recovery_code (version, user_id, code_hash) values (0, ?, ?)", userA, "CODE" + n);
        a = partner("Ceri " + n, "Ceri Ann Pryce " + n, emailA, "07700 900" + n.substring(0, 3), "CF10 1AA", userA);
        b = partner("Bryn " + n, "Bryn Owen Hughes " + n, "bryn." + n + "@copy.example", "07700 911" + n.substring(0, 3),
                "LL57 2PW", null);
        String nameB = "Bryn " + n;
        jdbc.update("update partner set access_needs = 'BREAKS,HEARING_LOOP', access_notes = 'Seat near the door',"
                + " staff_notes = 'Prefers afternoon sessions', consent_version = 'v3',"
                + " consent_text = 'I agree that the provider keeps my experience to match me to sessions.',"
                + " consent_given_at = ? where id = ?", at(2025, 3, 1, 9, 0), a);
        jdbc.update("update partner set staff_notes = ?, access_notes = ? where id = ?", "Notes on " + nameB,
                "Access of " + nameB, b);

        categories = jdbc.queryForList("select name from experience_category where tenant_id = ? order by name"
                + " limit 2", String.class, tenant);
        for (String name : categories) {
            jdbc.update("insert into partner_experience (version, tenant_id, partner_id, category_id) select 0, ?, ?,"
                    + " id from experience_category where tenant_id = ? and name = ?", tenant, a, tenant, name);
        }
        interest = jdbc.queryForObject("select min(name) from activity_type where tenant_id = ?", String.class, tenant);
        jdbc.update("insert into partner_interest (version, tenant_id, partner_id, activity_type_id) select 0, ?, ?, id"
                + " from activity_type where tenant_id = ? and name = ?", tenant, a, tenant, interest);
        jdbc.update("insert into partner_status_change (version, tenant_id, partner_id, from_status, to_status,"
                + " changed_on, reason, changed_by, recorded_at) values (0, ?, ?, 'APPLICANT', 'ACTIVE', ?,"
                + " 'Training done', 'lead@northbridge.example', ?)", tenant, a, day(2025, 3, 1), at(2025, 3, 1, 10, 0));
        jdbc.update("insert into partner_status_change (version, tenant_id, partner_id, from_status, to_status,"
                + " changed_on, reason, changed_by, recorded_at) values (0, ?, ?, 'APPLICANT', 'ACTIVE', ?, ?,"
                + " 'lead@northbridge.example', ?)", tenant, b, day(2025, 3, 1), "Welcome " + nameB,
                at(2025, 3, 1, 10, 0));

        jdbc.update("insert into weekly_availability (version, tenant_id, partner_id, day_of_week, part_of_day) values"
                + " (0, ?, ?, 3, 'EVENING'), (0, ?, ?, 1, 'MORNING')", tenant, a, tenant, a);
        jdbc.update("insert into weekly_availability (version, tenant_id, partner_id, day_of_week, part_of_day) values"
                + " (0, ?, ?, 2, 'AFTERNOON')", tenant, b);
        jdbc.update("insert into availability_exception (version, tenant_id, partner_id, starts_on, ends_on, available,"
                + " note) values (0, ?, ?, ?, ?, false, 'On holiday')", tenant, a, day(2025, 8, 1), day(2025, 8, 14));
        jdbc.update("insert into availability_exception (version, tenant_id, partner_id, starts_on, ends_on, available,"
                + " note) values (0, ?, ?, ?, ?, false, ?)", tenant, b, day(2025, 8, 1), day(2025, 8, 2),
                "Away, " + nameB);

        module = "Copy training " + n;
        long moduleId = ClaimFixture.insert(jdbc, "insert into training_module (version, tenant_id, title,"
                + " delivery, validity_months) values (0, ?, ?, 'IN_PERSON', 24)", tenant, module);
        jdbc.update("insert into training_record (version, tenant_id, partner_id, module_id, completed_on,"
                + " valid_until, evidence, confirmed, recorded_by) values (0, ?, ?, ?, ?, ?, 'Certificate 42', true,"
                + " 'coordinator@northbridge.example')", tenant, a, moduleId, day(2025, 5, 1), day(2027, 5, 1));
        jdbc.update("insert into training_record (version, tenant_id, partner_id, module_id, completed_on,"
                + " valid_until, evidence, confirmed, recorded_by) values (0, ?, ?, ?, ?, null, ?, false, null)",
                tenant, b, moduleId, day(2025, 5, 1), "Certificate of " + nameB);
        long event = ClaimFixture.insert(jdbc, "insert into training_event (version, tenant_id, module_id, held_on,"
                + " start_time, place, online, places) values (0, ?, ?, ?, '14:00', 'Room 5', false, 10)", tenant,
                moduleId, day(2025, 6, 10));
        jdbc.update("insert into training_booking (version, tenant_id, event_id, partner_id, attended) values"
                + " (0, ?, ?, ?, true), (0, ?, ?, ?, false)", tenant, event, a, tenant, event, b);
        long coordinator = jdbc.queryForObject("select min(user_id) from membership where tenant_id = ?"
                + " and role = 'COORDINATOR'", Long.class, tenant);
        coordinatorName = jdbc.queryForObject("select display_name from user_account where id = ?", String.class,
                coordinator);
        jdbc.update("insert into named_contact (version, tenant_id, partner_id, staff_user_id, changed_at) values"
                + " (0, ?, ?, ?, ?), (0, ?, ?, ?, ?)", tenant, a, coordinator, at(2025, 3, 2, 11, 0), tenant, b,
                coordinator, at(2025, 3, 2, 11, 0));
        jdbc.update("insert into support_request (version, tenant_id, partner_id, kind, details, needed_on, status,"
                + " outcome, requested_at, requested_by, handled_at, handled_by) values (0, ?, ?, 'TAXI',"
                + " 'Taxi from home', ?, 'ARRANGED', 'Taxi booked for 9am', ?, ?, ?, 'coordinator@northbridge.example')",
                tenant, a, day(2025, 6, 10), at(2025, 6, 1, 9, 0), emailA, at(2025, 6, 2, 9, 30));
        jdbc.update("insert into support_request (version, tenant_id, partner_id, kind, details, needed_on, status,"
                + " requested_at) values (0, ?, ?, 'OTHER', ?, ?, 'REQUESTED', ?)", tenant, b,
                "Help for " + nameB, day(2025, 6, 10), at(2025, 6, 1, 9, 0));

        session = "Copy session " + n;
        long sessionId = MySessionsFixture.session(jdbc, tenant, session, day(2025, 6, 20).toLocalDate(), true, true,
                SessionStatus.COMPLETED);
        jdbc.update("insert into session_offer (version, tenant_id, session_id, partner_id, status, offered_at,"
                + " responded_at, attendance) values (0, ?, ?, ?, 'CONFIRMED', ?, ?, 'ATTENDED'), (0, ?, ?, ?,"
                + " 'WITHDRAWN', ?, ?, null)", tenant, sessionId, a, at(2025, 6, 1, 8, 0), at(2025, 6, 1, 18, 45),
                tenant, sessionId, b, at(2025, 6, 1, 8, 0), at(2025, 6, 2, 8, 0));
        jdbc.update("update session_offer set withdrawal_reason = ? where partner_id = ?", "Ill, " + nameB, b);
        jdbc.update("insert into session_declaration (version, tenant_id, session_id, partner_id,"
                + " confidentiality_confirmed_at, conflict, conflict_details, declared_at) values (0, ?, ?, ?, ?, true,"
                + " 'I know one student', ?), (0, ?, ?, ?, ?, true, ?, ?)", tenant, sessionId, a,
                at(2025, 6, 18, 20, 0), at(2025, 6, 18, 20, 0), tenant, sessionId, b, at(2025, 6, 18, 20, 0),
                "Conflict of " + nameB, at(2025, 6, 18, 20, 0));
        jdbc.update("insert into wellbeing_note (version, tenant_id, session_id, partner_id, stage, note, created_at,"
                + " closed_at, closed_by) values (0, ?, ?, ?, 'DEBRIEF', 'Felt tired after', ?, ?,"
                + " 'coordinator@northbridge.example'), (0, ?, ?, ?, 'DEBRIEF', ?, ?, null, null)", tenant, sessionId,
                a, at(2025, 6, 20, 15, 0), at(2025, 6, 21, 9, 0), tenant, sessionId, b, "Debrief for " + nameB,
                at(2025, 6, 20, 15, 0));
        jdbc.update("insert into calendar_feed (version, tenant_id, partner_id, token_hash, created_at, revoked_at)"
                + " values (0, ?, ?, ?, ?, ?), (0, ?, ?, ?, ?, null)", tenant, a, "OLDHASH" + n, at(2025, 4, 1, 7, 0),
                at(2025, 5, 1, 7, 0), tenant, a, "FEEDHASH" + n, at(2025, 5, 1, 7, 0));

        long activityType = jdbc.queryForObject("select activity_type_id from involvement_session where id = ?",
                Long.class, sessionId);
        long run = ClaimFixture.insert(jdbc, "insert into payment_run (version, tenant_id, status, created_at,"
                + " created_by, paid_on, payment_reference, claim_count, total_pence) values (0, ?, 'PAID', ?,"
                + " 'finance@northbridge.example', ?, ?, 2, 11250)", tenant, at(2025, 6, 25, 9, 0), day(2025, 7, 1),
                "RUN-" + n);
        long claimA = claim(sessionId, a, activityType, run, "BACS-A-" + n);
        long claimB = claim(sessionId, b, activityType, run, "BACS-B-" + n);
        receiptA = ClaimFixture.insert(jdbc, "insert into claim_expense (version, tenant_id, claim_id, category,"
                + " description, spent_on, miles, amount_pence, prior_approval, receipt_name, receipt_type,"
                + " receipt_size, receipt, created_at) values (0, ?, ?, 'PARKING', 'Car park', ?, null, 1250, null,"
                + " 'ticket.png', 'image/png', 3, ?, ?)", tenant, claimA, day(2025, 6, 20), new byte[] {1, 2, 3},
                at(2025, 6, 20, 16, 0));
        jdbc.update("insert into claim_expense (version, tenant_id, claim_id, category, description, spent_on, miles,"
                + " amount_pence, prior_approval, receipt_name, receipt_type, receipt_size, receipt, created_at) values"
                + " (0, ?, ?, 'MILEAGE', ?, ?, 12, 540, null, 'bryn.pdf', 'application/pdf', 2, ?, ?)", tenant, claimB,
                "Drive of " + nameB, day(2025, 6, 20), new byte[] {9, 9}, at(2025, 6, 20, 16, 0));

        jdbc.update("insert into partner_feedback (version, tenant_id, session_id, partner_id, rating, support_enough,"
                + " would_again, to_change, given_at, changed_at) values (0, ?, ?, ?, 4, true, false, 'More breaks', ?,"
                + " null), (0, ?, ?, ?, 2, false, false, ?, ?, null)", tenant, sessionId, a, at(2025, 6, 21, 10, 0),
                tenant, sessionId, b, "Change for " + nameB, at(2025, 6, 21, 10, 0));

        audit(tenant, "PARTNER_UPDATED", at(2025, 3, 3, 9, 0), "lead@northbridge.example", "partner " + a, "status");
        audit(tenant, "OFFER_ACCEPTED", at(2025, 6, 1, 18, 45), emailA, "offer 1", null);
        audit(tenant, "PARTNER_INVITED", at(2025, 2, 20, 11, 0), "lead@northbridge.example", emailA, "role PARTNER");
        audit(tenant, "PARTNER_UPDATED", at(2025, 3, 3, 9, 0), "lead@northbridge.example", "partner " + b, nameB);
        audit(MySessionsFixture.tenant(jdbc, "SMC"), "PARTNER_INVITED", at(2025, 2, 21, 11, 0),
                "lead@southmead.example", emailA, "other provider");
    }

    @Test
    void poolProfileConsentCategoriesAccessInterestsHistoryAndNotes() {
        var copy = copy(ENGLISH);
        assertThat(only(copy, "profile")).containsExactlyEntriesOf(fields(
                "preferredName", "Ceri " + n, "fullName", "Ceri Ann Pryce " + n, "pronouns", "they/them",
                "email", emailA, "phone", "07700 900" + n.substring(0, 3), "postcode", "CF10 1AA",
                "kind", "Service user", "status", "Active", "statusSince", "1 Mar 2025",
                "contactPreference", "E-mail", "paymentChoice", "Fee", "lastInvolvedOn", "20 Jun 2025",
                "createdAt", "20 February 2025, 12:00"));
        assertThat(only(copy, "consent")).containsExactlyEntriesOf(fields(
                "wording", "I agree that the provider keeps my experience to match me to sessions.",
                "version", "v3", "givenAt", "1 March 2025, 09:00"));
        assertThat(records(copy, "experienceCategories")).containsExactlyElementsOf(
                categories.stream().map(c -> fields("category", c)).toList());
        assertThat(only(copy, "accessNeeds")).containsExactlyEntriesOf(fields(
                "needs", "Regular breaks; A hearing loop", "notes", "Seat near the door"));
        assertThat(records(copy, "interests")).containsExactly(fields("activityType", interest));
        assertThat(only(copy, "statusHistory")).containsExactlyEntriesOf(fields(
                "from", "Applicant", "to", "Active", "changedOn", "1 Mar 2025", "reason", "Training done",
                "changedBy", "lead@northbridge.example", "recordedAt", "1 March 2025, 10:00"));
        assertThat(only(copy, "staffNotes")).containsExactlyEntriesOf(fields("notes", "Prefers afternoon sessions"));
    }

    @Test
    void identityLoginLanguageTwoStepAndThisProvidersMembershipOnly() {
        var copy = copy(ENGLISH);
        assertThat(only(copy, "login")).containsExactlyEntriesOf(fields(
                "email", emailA, "language", "Welsh", "twoStep", "Yes", "twoStepSince", "2 April 2025, 09:15",
                "createdAt", "20 February 2025, 12:00"));
        assertThat(records(copy, "memberships")).containsExactly(fields(
                "role", "Service user or carer", "since", "20 February 2025, 12:05"));
    }

    @Test
    void availabilityWeeklyPatternAndExceptions() {
        var copy = copy(ENGLISH);
        assertThat(records(copy, "weeklyAvailability")).containsExactly(
                fields("day", "Monday", "partOfDay", "Morning"), fields("day", "Wednesday", "partOfDay", "Evening"));
        assertThat(records(copy, "availabilityExceptions")).containsExactly(fields(
                "from", "1 Aug 2025", "to", "14 Aug 2025", "available", "No", "note", "On holiday"));
    }

    @Test
    void trainingRecordsBookingsNamedContactAndSupport() {
        var copy = copy(ENGLISH);
        assertThat(only(copy, "trainingRecords")).containsExactlyEntriesOf(fields(
                "module", module, "completedOn", "1 May 2025", "validUntil", "1 May 2027", "evidence",
                "Certificate 42", "confirmed", "Yes", "recordedBy", "coordinator@northbridge.example"));
        assertThat(only(copy, "trainingBookings")).containsExactlyEntriesOf(fields(
                "module", module, "heldOn", "10 Jun 2025", "startTime", "14:00", "place", "Room 5", "online", "No",
                "attended", "Yes"));
        assertThat(only(copy, "namedContact")).containsExactlyEntriesOf(fields(
                "name", coordinatorName, "since", "2 March 2025, 11:00"));
        assertThat(only(copy, "supportRequests")).containsExactlyEntriesOf(fields(
                "kind", "A taxi", "details", "Taxi from home", "neededOn", "10 Jun 2025", "status", "Arranged",
                "outcome", "Taxi booked for 9am", "requestedAt", "1 June 2025, 10:00",
                "handledAt", "2 June 2025, 10:30"));
    }

    @Test
    void sessionsOffersDeclarationsWellbeingAndCalendarLinks() {
        var copy = copy(ENGLISH);
        assertThat(only(copy, "sessionOffers")).containsExactlyEntriesOf(fields(
                "session", session, "heldOn", "20 Jun 2025", "startTime", "10:00", "place", "Room 2, Health Building",
                "status", "Has a place", "offeredAt", "1 June 2025, 09:00", "respondedAt", "1 June 2025, 19:45",
                "withdrawalReason", "", "attendance", "Attended"));
        assertThat(only(copy, "declarations")).containsExactlyEntriesOf(fields(
                "session", session, "heldOn", "20 Jun 2025", "confidentialityConfirmedAt", "18 June 2025, 21:00",
                "conflict", "Yes", "conflictDetails", "I know one student", "declaredAt", "18 June 2025, 21:00"));
        assertThat(only(copy, "wellbeing")).containsExactlyEntriesOf(fields(
                "session", session, "heldOn", "20 Jun 2025", "stage", "Debrief after the session",
                "note", "Felt tired after", "createdAt", "20 June 2025, 16:00", "closedAt", "21 June 2025, 10:00"));
        assertThat(records(copy, "calendarFeed")).containsExactly(
                fields("on", "No", "since", "1 April 2025, 08:00", "stoppedAt", "1 May 2025, 08:00"),
                fields("on", "Yes", "since", "1 May 2025, 08:00", "stoppedAt", ""));
    }

    @Test
    void paymentsClaimsExpensesTaxYearTotalsAndReceipts() {
        var copy = copy(ENGLISH);
        assertThat(only(copy, "claims")).containsExactlyEntriesOf(fields(
                "session", session, "heldOn", "20 Jun 2025", "status", "Paid", "route", "Fee", "fee", "£50.00",
                "voucher", "£0.00", "expenses", "£12.50", "total", "£62.50", "createdAt", "20 June 2025, 17:00",
                "declaredAt", "21 June 2025, 10:00", "submittedAt", "21 June 2025, 10:00",
                "approvedAt", "22 June 2025, 10:00", "authorisedAt", "23 June 2025, 10:00", "rejectedAt", "",
                "rejectionReason", "", "paidOn", "1 Jul 2025", "paymentReference", "BACS-A-" + n));
        assertThat(only(copy, "expenses")).containsExactlyEntriesOf(fields(
                "session", session, "category", "Parking", "description", "Car park", "spentOn", "20 Jun 2025",
                "miles", "", "amount", "£12.50", "priorApproval", "", "receipt", "receipt-" + receiptA + "-ticket.png"));
        assertThat(only(copy, "taxYearTotals")).containsExactlyEntriesOf(fields(
                "taxYear", "2025\u201326", "fees", "£50.00", "vouchers", "£0.00", "expenses", "£12.50",
                "total", "£62.50"));
        List<PersonalDataFile> files = TenantContext.runAs(tenant, () -> sources.stream()
                .flatMap(s -> s.files(subjectA()).stream()).toList());
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("receipt-" + receiptA + "-ticket.png");
            assertThat(file.contentType()).isEqualTo("image/png");
            assertThat(file.content()).containsExactly(1, 2, 3);
        });
    }

    @Test
    void feedbackTheyGave() {
        assertThat(only(copy(ENGLISH), "feedbackGiven")).containsExactlyEntriesOf(fields(
                "session", session, "heldOn", "20 Jun 2025", "rating", "4 – Well", "supportEnough", "Yes",
                "wouldAgain", "No", "toChange", "More breaks", "givenAt", "21 June 2025, 11:00", "changedAt", ""));
    }

    @Test
    void auditEntriesAboutThemInThisProviderOldestFirst() {
        assertThat(records(copy(ENGLISH), "auditEntries")).containsExactly(
                fields("type", "PARTNER_INVITED", "occurredAt", "20 February 2025, 11:00",
                        "actor", "lead@northbridge.example", "subject", emailA, "detail", "role PARTNER"),
                fields("type", "PARTNER_UPDATED", "occurredAt", "3 March 2025, 09:00",
                        "actor", "lead@northbridge.example", "subject", "partner " + a, "detail", "status"),
                fields("type", "OFFER_ACCEPTED", "occurredAt", "1 June 2025, 19:45", "actor", emailA,
                        "subject", "offer 1", "detail", ""));
    }

    @Test
    void everySourceAnswersInOrder_andInWelsh() {
        assertThat(sources).extracting(PersonalDataSource::order).doesNotHaveDuplicates();
        var welsh = copy(WELSH);
        assertThat(welsh.stream().map(PersonalDataSection::key)).containsExactly("profile", "consent",
                "experienceCategories", "accessNeeds", "interests", "statusHistory", "staffNotes", "login",
                "memberships", "weeklyAvailability", "availabilityExceptions", "trainingRecords", "trainingBookings",
                "namedContact", "supportRequests", "sessionOffers", "declarations", "wellbeing", "calendarFeed",
                "privacyNoticeConfirmations", "sensitiveDataLooks",
                "claims", "expenses", "taxYearTotals", "feedbackGiven", "auditEntries");
        PersonalDataSection profile = welsh.getFirst();
        assertThat(profile.title()).isEqualTo("Eich proffil");
        assertThat(only(welsh, "profile")).containsEntry("statusSince", "1 Maw 2025")
                .containsEntry("kind", "Defnyddiwr gwasanaeth");
        assertThat(only(welsh, "login")).containsEntry("twoStep", "Ie")
                .containsEntry("twoStepSince", "2 Ebrill 2025, 09:15");
        assertThat(records(welsh, "weeklyAvailability").getFirst()).containsEntry("day", "Dydd Llun");
        assertThat(welsh).allSatisfy(section -> section.records().forEach(record -> record.forEach(
                field -> assertThat(field.label()).as(field.key()).isNotBlank())));
    }

    @Test
    void nothingOfTheOtherPartnerOnTheSameSessionTrainingAndRun_norAnySecret() {
        List<String> texts = new ArrayList<>();
        for (Locale locale : List.of(ENGLISH, WELSH)) {
            copy(locale).forEach(section -> section.records().forEach(record -> record.forEach(
                    field -> texts.add(field.value()))));
        }
        TenantContext.runAs(tenant, () -> sources.forEach(s -> s.files(subjectA()).forEach(f -> texts.add(f.name()))));
        String all = String.join("\n", texts);
        List<String> forbidden = new ArrayList<>(jdbc.queryForList("select v from (select preferred_name v from partner"
                + " where id = ? union select full_name from partner where id = ? union select email from partner"
                + " where id = ? union select phone from partner where id = ? union select postcode from partner"
                + " where id = ?) x", String.class, b, b, b, b, b));
        assertThat(forbidden).hasSize(5);
        forbidden.addAll(List.of("Bryn " + n, "BACS-B-", "RUN-" + n, "bryn.pdf", "Drive of", "other provider",
                "SECRET" + n, "CODE" + n, "HASH-" + n, "FEEDHASH" + n, "OLDHASH" + n));
        assertThat(forbidden).allSatisfy(value -> assertThat(all).doesNotContain(value));
    }

    @Test
    void nothingForAPartnerOfAnotherProvider() {
        long smc = MySessionsFixture.tenant(jdbc, "SMC");
        long smcPartner = jdbc.queryForObject("select min(id) from partner where tenant_id = ?", Long.class, smc);
        var tampered = new DataSubject(tenant, smcPartner, null, null);
        var otherTenant = new DataSubject(smc, a, userA, emailA);
        var aInWrongProvider = new DataSubject(smc, a, null, null);
        TenantContext.runAs(tenant, () -> {
            for (var source : sources) {
                assertThat(source.sections(tampered, ENGLISH)).as(source.getClass().getSimpleName())
                        .allSatisfy(section -> assertThat(section.records()).isEmpty());
                assertThat(source.files(tampered)).isEmpty();
                assertThat(source.sections(otherTenant, ENGLISH)).isEmpty();
            }
        });
        TenantContext.runAs(smc, () -> {
            for (var source : sources) {
                assertThat(source.sections(aInWrongProvider, ENGLISH)).as(source.getClass().getSimpleName())
                        .allSatisfy(section -> assertThat(section.records()).as(section.key())
                                .isEmpty());
                assertThat(source.files(aInWrongProvider)).isEmpty();
            }
        });
    }

    // --- helpers

    private DataSubject subjectA() {
        return new DataSubject(tenant, a, userA, emailA);
    }

    private List<PersonalDataSection> copy(Locale locale) {
        return TenantContext.runAs(tenant, () -> sources.stream()
                .sorted(Comparator.comparingInt(PersonalDataSource::order))
                .flatMap(s -> s.sections(subjectA(), locale).stream()).toList());
    }

    private static List<Map<String, String>> records(List<PersonalDataSection> copy, String key) {
        PersonalDataSection section = copy.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
        return section.records().stream().map(record -> {
            Map<String, String> fields = new LinkedHashMap<>();
            record.forEach(f -> fields.put(f.key(), f.value()));
            return fields;
        }).toList();
    }

    private static Map<String, String> only(List<PersonalDataSection> copy, String key) {
        var records = records(copy, key);
        assertThat(records).as(key).hasSize(1);
        return records.getFirst();
    }

    private static Map<String, String> fields(String... keysAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    private long partner(String preferred, String full, String email, String phone, String postcode, Long user) {
        return ClaimFixture.insert(jdbc, "insert into partner (version, tenant_id, user_id, preferred_name, full_name,"
                + " pronouns, email, phone, postcode, kind, status, status_since, contact_preference, payment_choice,"
                + " last_involved_on, created_at) values (0, ?, ?, ?, ?, 'they/them', ?, ?, ?, 'SERVICE_USER', 'ACTIVE',"
                + " ?, 'EMAIL', 'FEE', ?, ?)", tenant, user, preferred, full, email, phone, postcode, day(2025, 3, 1),
                day(2025, 6, 20), at(2025, 2, 20, 12, 0));
    }

    private long claim(long sessionId, long partner, long activityType, long run, String reference) {
        return ClaimFixture.insert(jdbc, "insert into payment_claim (version, tenant_id, partner_id, session_id,"
                + " session_title, held_on, activity_type_id, duration_minutes, online_only, route, rate_card_id,"
                + " fee_pence, voucher_pence, expenses_pence, status, created_at, declared_at, submitted_at,"
                + " submitted_by, approved_at, approved_by, authorised_at, authorised_by, run_id, paid_on,"
                + " payment_reference) values (0, ?, ?, ?, ?, ?, ?, 150, false, 'FEE', null, 5000, 0, 1250, 'PAID', ?,"
                + " ?, ?, 'x@copy.example', ?, 'coordinator@northbridge.example', ?, 'finance@northbridge.example', ?,"
                + " ?, ?)", tenant, partner, sessionId, session, day(2025, 6, 20), activityType,
                at(2025, 6, 20, 16, 0), at(2025, 6, 21, 9, 0), at(2025, 6, 21, 9, 0), at(2025, 6, 22, 9, 0),
                at(2025, 6, 23, 9, 0), run, day(2025, 7, 1), reference);
    }

    private void audit(long tenantId, String type, Timestamp at, String actor, String subject, String detail) {
        jdbc.update("insert into audit_entry (occurred_at, event_type, tenant_id, actor, subject, detail)"
                + " values (?, ?, ?, ?, ?, ?)", at, type, tenantId, actor, subject, detail);
    }

    /** A moment as the application stores it: UTC without a zone. */
    private static Timestamp at(int year, int month, int day, int hour, int minute) {
        return Timestamp.valueOf(LocalDateTime.of(year, month, day, hour, minute));
    }

    private static Date day(int year, int month, int day) {
        return Date.valueOf(LocalDate.of(year, month, day));
    }
}
