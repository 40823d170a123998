package app.involvement.dataexport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.dataexport.CopyDownload;
import app.involvement.dataexport.CopyLink;
import app.involvement.dataexport.DataExportLimits;
import app.involvement.dataexport.DataExportNavigation;
import app.involvement.dataexport.PersonalDataCopies;
import app.involvement.identity.CurrentUser;
import app.involvement.identity.MembershipView;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Role;
import app.involvement.pool.MyProfile;
import app.involvement.pool.Pool;
import app.involvement.shared.Language;
import app.involvement.tenancy.TenantContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The copy end to end in the service: who may make it and for whom, the one-time link for that person only, in the
 * provider it was made in, until it expires (a moved clock), the expiry job, and the audit entries (ids, no names).
 */
class PersonalDataCopiesIT extends IntegrationTestBase {

    @Autowired
    private PersonalDataCopies copies;
    @Autowired
    private MyProfile myProfile;
    @Autowired
    private Pool pool;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private CopyGathering gathering;
    @Autowired
    private CopyRepository repository;
    @Autowired
    private DataExportAudit audit;
    @Autowired
    private SecurityContextHolderStrategy securityContexts;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private ExpiredCopies expiredCopies;

    static CopyLink done(java.util.concurrent.CompletableFuture<CopyLink> started) {
        try {
            return started.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(CopyLink link) {
        assertThat(link.href()).startsWith(DataExportNavigation.DOWNLOAD);
        return link.href().substring(DataExportNavigation.DOWNLOAD.length());
    }

    private CopyLink mine(String email) {
        return as(email, () -> done(copies.startMine(Language.ENGLISH, p -> { })));
    }

    private Optional<CopyDownload> take(String email, String token) {
        return as(email, () -> {
            try {
                return copies.take(token);
            } catch (AccessDeniedException refused) {
                return Optional.empty();
            }
        });
    }

    private Long partnerOf(String email) {
        return jdbc.queryForObject("select p.id from partner p join user_account u on u.id = p.user_id"
                + " where u.email = ? order by p.id fetch first 1 rows only", Long.class, email);
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    @Test
    void aPartner_makesTheirCopy_andTakesItOnce_whichIsAuditedByIdOnly() {
        long before = jdbc.queryForObject("select count(*) from audit_entry where event_type = ?", Long.class,
                PersonalDataCopies.EXPORTED);
        CopyLink link = mine(DemoLogins.NB_PARTNER);
        assertThat(link.expiresAt()).isAfter(java.time.Instant.now().plus(Duration.ofMinutes(14)))
                .isBefore(java.time.Instant.now().plus(DataExportLimits.LINK_LIFETIME).plusSeconds(1));
        assertThat(jdbc.queryForObject("select count(*) from personal_data_copy where token_hash = ?", Integer.class,
                token(link))).as("the token itself is never stored").isZero();

        CopyDownload copy = take(DemoLogins.NB_PARTNER, token(link)).orElseThrow();
        assertThat(copy.fileName()).startsWith("my-data-").endsWith(".zip");
        Map<String, byte[]> zip = unzip(copy.content());
        assertThat(zip).containsKeys("my-data.pdf", "my-data.json");
        JsonNode json = JsonMapper.builder().build().readTree(zip.get("my-data.json"));
        assertThat(json.get("provider").asString()).isEqualTo("Northbridge University");
        assertThat(json.has("sections")).isTrue();

        assertThat(take(DemoLogins.NB_PARTNER, token(link))).as("second use").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from personal_data_copy where token_hash = ? and content is null"
                + " and downloaded = true", Integer.class, CopyTokens.hash(token(link)))).as("nothing kept after").isOne();

        Long partnerId = partnerOf(DemoLogins.NB_PARTNER);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = ?", Long.class,
                PersonalDataCopies.EXPORTED)).isEqualTo(before + 1);
        var entry = jdbc.queryForMap("select subject, detail from audit_entry where event_type = ? order by id desc"
                + " fetch first 1 rows only", PersonalDataCopies.EXPORTED);
        assertThat(entry.get("SUBJECT")).isEqualTo("partner " + partnerId);
        assertThat(entry.get("DETAIL")).isEqualTo("partner " + partnerId);
    }

    @Test
    void theLink_worksForNobodyElse_andStillWorksForThePersonAfterwards() {
        CopyLink link = mine(DemoLogins.NB_PARTNER);
        for (String other : List.of(DemoLogins.NB_CARER, DemoLogins.NB_LEAD, DemoLogins.NB_COORDINATOR,
                DemoLogins.NB_FINANCE, DemoLogins.SM_PARTNER, DemoLogins.SM_LEAD, DemoLogins.REVIEWER,
                DemoLogins.PLATFORM)) {
            assertThat(take(other, token(link))).as(other).isEmpty();
        }
        assertThat(take(DemoLogins.NB_PARTNER, token(link))).isPresent();
    }

    @Test
    void tamperedTokens_openNothing() {
        mine(DemoLogins.NB_PARTNER);
        for (String token : List.of("", "x", "../../etc/passwd", CopyTokens.next(), "%00" + CopyTokens.next())) {
            assertThat(take(DemoLogins.NB_PARTNER, token)).as(token).isEmpty();
        }
    }

    @Test
    void theLead_makesACopyForTheirPartner_whichOnlyTheLeadCanTake() {
        Long partnerId = partnerOf(DemoLogins.NB_PARTNER);
        CopyLink link = as(DemoLogins.NB_LEAD, () -> done(copies.startFor(partnerId, Language.WELSH, p -> { })));
        assertThat(link.fileName()).startsWith("partner-" + partnerId + "-data-");
        assertThat(take(DemoLogins.NB_PARTNER, token(link))).isEmpty();
        assertThat(take(DemoLogins.SM_LEAD, token(link))).isEmpty();
        Map<String, byte[]> zip = unzip(take(DemoLogins.NB_LEAD, token(link)).orElseThrow().content());
        assertThat(JsonMapper.builder().build().readTree(zip.get("my-data.json")).get("language").asString())
                .isEqualTo("cy");
        assertThat(take(DemoLogins.NB_LEAD, token(link))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = ? and subject = ?"
                + " and detail = ?", Long.class, PersonalDataCopies.MADE, "partner " + partnerId,
                "partner " + partnerId + ", by the lead")).isPositive();
    }

    @Test
    void nobodyElse_mayMakeACopy_andAnotherProvidersPartnerIsNotFound() {
        Long northbridgePartner = partnerOf(DemoLogins.NB_PARTNER);
        for (String other : List.of(DemoLogins.NB_COORDINATOR, DemoLogins.NB_FINANCE, DemoLogins.NB_PARTNER,
                DemoLogins.REVIEWER, DemoLogins.PLATFORM, DemoLogins.SM_LEAD)) {
            assertThatThrownBy(() -> as(other, () -> copies.startFor(northbridgePartner, Language.ENGLISH, p -> { })))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
        for (String other : List.of(DemoLogins.NB_LEAD, DemoLogins.NB_COORDINATOR, DemoLogins.NB_FINANCE,
                DemoLogins.REVIEWER, DemoLogins.PLATFORM)) {
            assertThatThrownBy(() -> as(other, () -> copies.startMine(Language.ENGLISH, p -> { })))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(DemoLogins.NB_LEAD, () -> copies.startFor(Long.MAX_VALUE, Language.ENGLISH,
                p -> { }))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anExpiredLink_isRefused_andTheJobDeletesTheCopy_butNotBefore() {
        CopyLink link = mine(DemoLogins.NB_PARTNER);
        String hash = CopyTokens.hash(token(link));
        Clock almost = Clock.offset(Clock.systemUTC(), DataExportLimits.LINK_LIFETIME.minusMinutes(1));
        Clock after = Clock.offset(Clock.systemUTC(), DataExportLimits.LINK_LIFETIME.plusSeconds(1));

        assertThat(new ExpiredCopies(org.springframework.jdbc.core.simple.JdbcClient.create(jdbc), almost)
                .deleteExpired()).isGreaterThanOrEqualTo(0);
        assertThat(jdbc.queryForObject("select count(*) from personal_data_copy where token_hash = ?", Integer.class,
                hash)).as("kept while the link works").isOne();

        var later = new DefaultPersonalDataCopies(myProfile, pool, currentUser, gathering, repository, audit, after,
                securityContexts, transactions);
        assertThat(as(DemoLogins.NB_PARTNER, () -> later.take(token(link)))).as("expired").isEmpty();

        new ExpiredCopies(org.springframework.jdbc.core.simple.JdbcClient.create(jdbc), after).deleteExpired();
        assertThat(jdbc.queryForObject("select count(*) from personal_data_copy where token_hash = ?", Integer.class,
                hash)).as("deleted once expired").isZero();
        assertThat(take(DemoLogins.NB_PARTNER, token(link))).isEmpty();
        later.stop();
    }

    @Test
    void aPersonInTwoProviders_makesOneCopyPerProvider_eachWorkingOnlyInItsProvider() {
        Map<String, CopyLink> links = new LinkedHashMap<>();
        for (String code : List.of("NBU", "SMC")) {
            links.put(code, asBothIn(code, () -> done(copies.startMine(Language.ENGLISH, p -> { }))));
        }
        assertThat(jdbc.queryForObject("select count(distinct c.tenant_id) from personal_data_copy c where c.token_hash in (?, ?)",
                Integer.class, CopyTokens.hash(token(links.get("NBU"))), CopyTokens.hash(token(links.get("SMC")))))
                .isEqualTo(2);
        assertThat(asBothIn("SMC", () -> copies.take(token(links.get("NBU"))))).as("another provider's link").isEmpty();
        byte[] northbridge = asBothIn("NBU", () -> copies.take(token(links.get("NBU")))).orElseThrow().content();
        byte[] southmoor = asBothIn("SMC", () -> copies.take(token(links.get("SMC")))).orElseThrow().content();
        var json = JsonMapper.builder().build();
        assertThat(json.readTree(unzip(northbridge).get("my-data.json")).get("provider").asString())
                .isEqualTo(name("NBU"));
        assertThat(json.readTree(unzip(southmoor).get("my-data.json")).get("provider").asString())
                .isEqualTo(name("SMC"));
    }

    private String name(String code) {
        return jdbc.queryForObject("select name from provider where short_code = ?", String.class, code);
    }

    /** The person in two providers, signed in under the given one (as after choosing it). */
    private <T> T asBothIn(String code, Supplier<T> body) {
        var auth = DemoLogins.login(authenticationProvider, authenticatorApp, DemoLogins.BOTH);
        PortalUser user = DemoLogins.user(auth);
        var row = jdbc.queryForMap("select m.id, m.tenant_id, v.name from membership m join provider v on v.id = m.tenant_id"
                + " where m.user_id = ? and v.short_code = ?", user.userId(), code);
        var membership = new MembershipView(((Number) row.get("ID")).longValue(),
                ((Number) row.get("TENANT_ID")).longValue(), (String) row.get("NAME"), Role.PARTNER);
        PortalUser inProvider = user.withActiveMembership(membership);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                inProvider, null, inProvider.getAuthorities()));
        try {
            return TenantContext.runAs(membership.providerId(), body);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
