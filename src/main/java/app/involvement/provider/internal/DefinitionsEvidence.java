package app.involvement.provider.internal;

import app.involvement.provider.HcpcProfession;
import app.involvement.shared.BundleTexts;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceRequest;
import app.involvement.shared.evidence.EvidenceSource;
import app.involvement.shared.evidence.EvidenceTable;
import app.involvement.tenancy.TenantContext;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SET 3.7 (a) for the reviewer: each programme with its profession, its named involvement lead and coordinator
 * (staff names, shown while they still hold that role here), its current definition of service users and carers
 * with the justification, and the experience categories the provider looks for. Two queries, however many
 * programmes: one over programmes with their newest definition and named staff, one over the categories. Nothing
 * about any partner.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('REVIEWER', 'LEAD')")
class DefinitionsEvidence implements EvidenceSource {

    /** Programmes a provider may have at most in this evidence (far above any real provider's). */
    static final int MAX_PROGRAMMES = 500;
    static final int MAX_CATEGORIES = 500;

    private static final String PROGRAMMES = "select p.name, p.profession, p.level, lu.display_name lead_name,"
            + " cu.display_name coordinator_name, d.version_number, d.created_at, d.next_review_on,"
            + " d.definition_text, d.justification"
            + " from programme p"
            + " left join programme_definition d on d.tenant_id = :tenant and d.programme_id = p.id"
            + "   and d.version_number = (select max(x.version_number) from programme_definition x"
            + "     where x.tenant_id = :tenant and x.programme_id = p.id)"
            + " left join membership lm on lm.tenant_id = :tenant and lm.user_id = p.lead_user_id"
            + "   and lm.role in ('LEAD', 'COORDINATOR')"
            + " left join user_account lu on lu.id = lm.user_id"
            + " left join membership cm on cm.tenant_id = :tenant and cm.user_id = p.coordinator_user_id"
            + "   and cm.role in ('LEAD', 'COORDINATOR')"
            + " left join user_account cu on cu.id = cm.user_id"
            + " where p.tenant_id = :tenant order by p.name limit " + MAX_PROGRAMMES;

    private static final String CATEGORIES = "select c.name from experience_category c"
            + " where c.tenant_id = :tenant and c.retired_at is null order by c.name limit " + MAX_CATEGORIES;

    private final NamedParameterJdbcTemplate jdbc;

    DefinitionsEvidence(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public EvidencePart part() {
        return EvidencePart.DEFINITIONS;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<EvidenceTable> tables(EvidenceRequest request) {
        var t = new BundleTexts(request.language());
        var parameters = new MapSqlParameterSource("tenant", TenantContext.require());
        List<List<String>> programmes = new ArrayList<>();
        List<List<String>> definitions = new ArrayList<>();
        jdbc.query(PROGRAMMES, parameters, rs -> {
            String name = rs.getString("name");
            String lead = rs.getString("lead_name");
            String coordinator = rs.getString("coordinator_name");
            int version = rs.getInt("version_number");
            boolean defined = !rs.wasNull();
            var created = rs.getTimestamp("created_at");
            Date review = rs.getDate("next_review_on");
            programmes.add(List.of(name, profession(t, rs.getString("profession")), rs.getString("level"),
                    lead == null ? t.get("evidence.definitions.not-named") : lead,
                    coordinator == null ? t.get("evidence.definitions.not-named") : coordinator,
                    defined ? t.number(version) : t.get("evidence.definitions.no-definition"),
                    created == null ? "" : t.day(created.toInstant().atZone(DefaultProgrammeDefinitions.ZONE)
                            .toLocalDate()),
                    review == null ? "" : t.day(review.toLocalDate())));
            if (defined) {
                definitions.add(List.of(name, t.number(version), rs.getString("definition_text"),
                        rs.getString("justification")));
            }
        });
        List<List<String>> categories = jdbc.query(CATEGORIES, parameters, (rs, row) -> List.of(rs.getString(1)));
        return List.of(
                new EvidenceTable("programmes", t.get("evidence.definitions.programmes.title"),
                        t.get("evidence.definitions.programmes.description"),
                        columns(t, "programme", "profession", "level", "lead", "coordinator", "version", "dated",
                                "next-review"), programmes),
                new EvidenceTable("definitions", t.get("evidence.definitions.current.title"),
                        t.get("evidence.definitions.current.description"),
                        columns(t, "programme", "version", "definition", "justification"), definitions),
                new EvidenceTable("experience-categories", t.get("evidence.definitions.categories.title"),
                        t.get("evidence.definitions.categories.description"), columns(t, "category"), categories));
    }

    private static String profession(BundleTexts t, String code) {
        try {
            return t.get("profession." + HcpcProfession.valueOf(code).name());
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    private static List<String> columns(BundleTexts t, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> t.get("evidence.definitions.col." + k)).toList();
    }
}
