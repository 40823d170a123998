package app.involvement.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.StatementCounter;
import app.involvement.availability.FreeCandidate.Exclusion;
import app.involvement.sessions.OfferMode;
import app.involvement.sessions.SessionInput;
import app.involvement.sessions.SessionKind;
import app.involvement.sessions.SessionLevel;
import app.involvement.sessions.Sessions;
import app.involvement.shared.BusinessRuleException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Partners keep their availability; staff see who is free for a slot, fairest first, with reasons. */
class WhoIsFreeIT extends IntegrationTestBase {

    /** A Tuesday two to three weeks ahead, clear of the demo data's dated exceptions. */
    private static final LocalDate TUESDAY = LocalDate.now().plusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));

    @Autowired
    private MyAvailability myAvailability;

    @Autowired
    private WhoIsFree whoIsFree;

    @Autowired
    private Sessions sessions;

    private Long sam;

    @BeforeEach
    void tuesdayAfternoonsOnly() {
        sam = jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id where u.email = ?",
                Long.class, DemoLogins.NB_PARTNER);
        jdbc.update("update partner set status = 'ACTIVE' where id = ?", sam);
        jdbc.update("delete from availability_exception where partner_id = ?", sam);
        as(DemoLogins.NB_PARTNER, () -> myAvailability.savePattern(Set.of(new WeeklySlot(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON))));
    }

    @Test
    void weeklyPattern_decidesWhoIsFree() {
        assertThat(candidate(TUESDAY, PartOfDay.AFTERNOON).free()).isTrue();
        assertThat(candidate(TUESDAY, PartOfDay.MORNING).exclusion()).isEqualTo(Exclusion.NOT_IN_WEEKLY_PATTERN);
        assertThat(candidate(TUESDAY.plusDays(1), PartOfDay.AFTERNOON).exclusion()).isEqualTo(Exclusion.NOT_IN_WEEKLY_PATTERN);
    }

    @Test
    void datedExceptions_overrideThePattern() {
        as(DemoLogins.NB_PARTNER, () -> {
            myAvailability.addException(TUESDAY, TUESDAY, false, "hospital appointment");
            myAvailability.addException(TUESDAY.plusDays(1), TUESDAY.plusDays(2), true, null);
        });
        assertThat(candidate(TUESDAY, PartOfDay.AFTERNOON).exclusion()).isEqualTo(Exclusion.UNAVAILABLE_ON_DATE);
        assertThat(candidate(TUESDAY.plusDays(1), PartOfDay.EVENING).free()).isTrue();
    }

    @Test
    void freePartnersComeFirst_leastRecentlyInvolvedFirst() {
        List<FreeCandidate> page = as(DemoLogins.NB_COORDINATOR, () -> whoIsFree.candidates(
                new SlotQuery(TUESDAY, PartOfDay.AFTERNOON, null, null), PageRequest.of(0, 100)));
        // a clash is found for the page's free partners after the page is read, so they keep their place in it
        page = page.stream().filter(c -> c.exclusion() != Exclusion.CLASH).toList();
        int firstExcluded = page.stream().filter(c -> !c.free()).findFirst().map(page::indexOf).orElse(page.size());
        assertThat(page.subList(firstExcluded, page.size())).noneMatch(FreeCandidate::free);
        assertThat(page.subList(0, firstExcluded)).extracting(FreeCandidate::lastInvolvedOn)
                .isSortedAccordingTo(Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    @Test
    void anotherProvidersPartners_neverAppear() {
        List<FreeCandidate> southmoor = as(DemoLogins.SM_COORDINATOR, () -> whoIsFree.candidates(
                new SlotQuery(TUESDAY, PartOfDay.AFTERNOON, null, null), PageRequest.of(0, 100)));
        assertThat(southmoor).extracting(FreeCandidate::partnerId).doesNotContain(sam);
        assertThat(jdbc.queryForList("select tenant_id from partner where id in (" + ids(southmoor) + ")", Long.class))
                .containsOnly(providerId("SMC"));
    }

    @Test
    void aPageWithItsClashCheck_andItsCount_areThreeStatements_whateverThePoolSize() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            StatementCounter.reset();
            whoIsFree.candidates(new SlotQuery(TUESDAY, PartOfDay.AFTERNOON, null, null), PageRequest.of(0, 50));
            whoIsFree.count(new SlotQuery(TUESDAY, PartOfDay.AFTERNOON, null, null));
            assertThat(StatementCounter.count()).isEqualTo(3);
        });
    }

    @Test
    void aPlaceOnASessionAtThatTime_isAClash_untilItIsGivenUp() {
        Long tenant = providerId("NBU");
        Long programme = jdbc.queryForObject("select min(id) from programme where tenant_id = ?", Long.class, tenant);
        Long type = jdbc.queryForObject("select min(id) from activity_type where tenant_id = ?", Long.class, tenant);
        Long session = as(DemoLogins.NB_COORDINATOR, () -> sessions.create(new SessionInput(programme, type,
                "Interviews", "Help us choose.", TUESDAY, LocalTime.of(16, 0), 120, "Room 4", null, 1, 2,
                SessionLevel.INVOLVED, SessionKind.INVOLVEMENT, Set.of(), false, null, null, null, null, false, false,
                OfferMode.FIRST_COME, 48, 2)));
        jdbc.update("insert into session_offer (version, tenant_id, session_id, partner_id, status, offered_at)"
                + " values (0, ?, ?, ?, 'CONFIRMED', current_timestamp)", tenant, session, sam);
        try {
            assertThat(candidate(TUESDAY, PartOfDay.AFTERNOON).exclusion()).isEqualTo(Exclusion.CLASH);
            jdbc.update("update session_offer set status = 'WITHDRAWN' where session_id = ?", session);
            assertThat(candidate(TUESDAY, PartOfDay.AFTERNOON).free()).isTrue();
        } finally {
            jdbc.update("delete from session_offer where session_id = ?", session);
            jdbc.update("delete from involvement_session where id = ?", session);
        }
    }

    @Test
    void badDates_areRefusedAndNothingIsStored() {
        as(DemoLogins.NB_PARTNER, () -> {
            assertThatThrownBy(() -> myAvailability.addException(TUESDAY, TUESDAY.minusDays(1), false, null))
                    .isInstanceOf(BusinessRuleException.class).hasMessage("availability.end-before-start");
            myAvailability.addException(TUESDAY, TUESDAY.plusDays(3), false, null);
            assertThatThrownBy(() -> myAvailability.addException(TUESDAY.plusDays(2), TUESDAY.plusDays(5), true, null))
                    .isInstanceOf(BusinessRuleException.class).hasMessage("availability.overlap");
            assertThatThrownBy(() -> myAvailability.addException(TUESDAY, TUESDAY.plusDays(400), false, null))
                    .isInstanceOf(BusinessRuleException.class);
        });
        assertThat(jdbc.queryForObject("select count(*) from availability_exception where partner_id = ?", Long.class, sam))
                .isOne();
    }

    @Test
    void aPartnerCannotRemoveSomeoneElsesDates() {
        as(DemoLogins.NB_PARTNER, () -> myAvailability.addException(TUESDAY, TUESDAY, false, null));
        Long theirs = jdbc.queryForObject("select id from availability_exception where partner_id = ?", Long.class, sam);
        as(DemoLogins.NB_CARER, () -> assertThatThrownBy(() -> myAvailability.removeException(theirs))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and subject = ? and actor = ?", Long.class, "availability exception " + theirs, DemoLogins.NB_CARER)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from availability_exception where id = ?", Long.class, theirs)).isOne();
    }

    @Test
    void financeAndPartners_cannotAskWhoIsFree() {
        SlotQuery query = new SlotQuery(TUESDAY, PartOfDay.MORNING, null, null);
        as(DemoLogins.NB_FINANCE, () -> assertThatThrownBy(() -> whoIsFree.count(query)).isInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_PARTNER, () -> assertThatThrownBy(() -> whoIsFree.count(query)).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void experienceFilter_matchesOnlyWhereConsentIsInForce() {
        Long category = jdbc.queryForObject("select min(c.id) from experience_category c where c.tenant_id = ?", Long.class,
                providerId("NBU"));
        jdbc.update("delete from partner_experience where partner_id = ?", sam);
        jdbc.update("insert into partner_experience (version, tenant_id, partner_id, category_id) values (0, ?, ?, ?)",
                providerId("NBU"), sam, category);
        var query = new SlotQuery(TUESDAY, PartOfDay.AFTERNOON, null, category);
        var consent = jdbc.queryForObject("select consent_given_at from partner where id = ?", java.sql.Timestamp.class, sam);
        try {
            jdbc.update("update partner set consent_given_at = current_timestamp where id = ?", sam);
            assertThat(candidatesFor(query)).contains(sam);
            jdbc.update("update partner set consent_given_at = null where id = ?", sam);
            assertThat(candidatesFor(query)).doesNotContain(sam);
            assertThat(as(DemoLogins.NB_COORDINATOR, () -> whoIsFree.count(query)))
                    .isEqualTo(jdbc.queryForObject("select count(*) from partner p where p.tenant_id = ? and p.status = 'ACTIVE'"
                            + " and p.consent_given_at is not null and exists (select 1 from partner_experience x"
                            + " where x.partner_id = p.id and x.category_id = ?)", Long.class, providerId("NBU"), category));
        } finally {
            jdbc.update("delete from partner_experience where partner_id = ?", sam);
            jdbc.update("update partner set consent_given_at = ? where id = ?", consent, sam);
        }
    }

    private List<Long> candidatesFor(SlotQuery query) {
        return as(DemoLogins.NB_COORDINATOR, () -> whoIsFree.candidates(query, PageRequest.of(0, 100))).stream()
                .map(FreeCandidate::partnerId).toList();
    }

    private FreeCandidate candidate(LocalDate date, PartOfDay part) {
        return as(DemoLogins.NB_COORDINATOR, () -> {
            var query = new SlotQuery(date, part, null, null);
            long total = whoIsFree.count(query);
            // other tests add partners to this provider: look through every page
            for (int page = 0; page * 100L < total; page++) {
                var found = whoIsFree.candidates(query, PageRequest.of(page, 100)).stream()
                        .filter(c -> c.partnerId().equals(sam)).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            throw new AssertionError("partner " + sam + " is not among the " + total + " candidates");
        });
    }

    private static String ids(List<FreeCandidate> candidates) {
        return candidates.isEmpty() ? "-1" : String.join(",", candidates.stream().map(c -> c.partnerId().toString()).toList());
    }
}
