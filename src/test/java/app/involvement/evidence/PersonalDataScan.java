package app.involvement.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a reviewer must never read about the partners of the reviewed provider: their names, e-mail addresses, phone
 * numbers, postcodes and notes (searched for anywhere, as whole words), and their experience categories or access
 * needs beside a partner (a row or line that names a partner by pseudonym must not also hold a category or an access
 * need: categories may be listed, and counted, only apart from people).
 */
final class PersonalDataScan {

    private final Set<String> identifying;
    private final Set<String> special;
    private final Set<String> pseudonyms;

    private PersonalDataScan(Set<String> identifying, Set<String> special, Set<String> pseudonyms) {
        this.identifying = identifying;
        this.special = special;
        this.pseudonyms = pseudonyms;
    }

    /**
     * Everything personal about the provider's partners, read from the database.
     *
     * @param accessNeedLabels how access needs read in the page's language(s)
     * @param pseudonyms       how the review names the provider's partners
     */
    static PersonalDataScan of(JdbcTemplate jdbc, String shortCode, Set<String> accessNeedLabels,
            Set<String> pseudonyms) {
        Set<String> identifying = new HashSet<>();
        for (String column : List.of("preferred_name", "full_name", "email", "phone", "postcode", "access_notes",
                "staff_notes")) {
            jdbc.queryForList("select p." + column + " from partner p join provider v on v.id = p.tenant_id"
                    + " where v.short_code = ? and p." + column + " is not null", String.class, shortCode)
                    .stream().map(String::strip).filter(v -> v.length() >= 3).forEach(identifying::add);
        }
        Set<String> special = new HashSet<>(accessNeedLabels);
        special.addAll(jdbc.queryForList("select distinct c.name from experience_category c join partner_experience e"
                + " on e.tenant_id = c.tenant_id and e.category_id = c.id join provider v on v.id = c.tenant_id"
                + " where v.short_code = ?", String.class, shortCode));
        return new PersonalDataScan(identifying, special, pseudonyms);
    }

    int size() {
        return identifying.size();
    }

    /** Fails naming each partner's detail found in {@code text} (from {@code where}). */
    void assertNothingIdentifying(String where, String text) {
        List<String> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String value : identifying) {
            if (lower.contains(value.toLowerCase(Locale.ROOT)) && word(value).matcher(text).find()) {
                found.add(value);
            }
        }
        assertThat(found).as("partners' personal details in " + where).isEmpty();
    }

    /** Fails when one row or line names a partner by pseudonym and also holds a category or access need. */
    void assertNothingSpecialBesidePartners(String where, List<String> rowsOrLines) {
        List<String> found = new ArrayList<>();
        for (String row : rowsOrLines) {
            boolean aboutAPartner = pseudonyms.stream().anyMatch(p -> word(p).matcher(row).find());
            if (aboutAPartner) {
                special.stream().filter(s -> word(s).matcher(row).find()).forEach(s -> found.add(s + " in: " + row));
            }
        }
        assertThat(found).as("experience categories or access needs beside a partner in " + where).isEmpty();
    }

    private static Pattern word(String value) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
