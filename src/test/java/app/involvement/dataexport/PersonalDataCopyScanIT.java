package app.involvement.dataexport;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.shared.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The copy of one demo partner, made with every module's real source present, holds nothing of any other partner:
 * no full name, e-mail address, phone number or postcode of another partner (in any provider) appears as a whole word in
 * the PDF's text, the JSON or the names of the files; and it does hold the person's own name and e-mail address.
 */
class PersonalDataCopyScanIT extends IntegrationTestBase {

    @Autowired
    private PersonalDataCopies copies;

    @Test
    void aPartnersCopy_holdsNothingOfAnotherPartner() throws Exception {
        String email = DemoLogins.NB_PARTNER;
        Map<String, byte[]> zip = as(email, () -> {
            try {
                CopyLink link = copies.startMine(Language.ENGLISH, p -> { }).get(120, TimeUnit.SECONDS);
                String token = link.href().substring(DataExportNavigation.DOWNLOAD.length());
                return unzip(copies.take(token).orElseThrow().content());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        var text = new StringBuilder();
        try (var pdf = Loader.loadPDF(zip.get("my-data.pdf"))) {
            text.append(new PDFTextStripper().getText(pdf)).append('\n');
        }
        text.append(new String(zip.get("my-data.json"), StandardCharsets.UTF_8)).append('\n');
        zip.keySet().forEach(name -> text.append(name).append('\n'));

        String ownName = jdbc.queryForObject("select p.full_name from partner p join user_account u on u.id = p.user_id"
                + " join provider v on v.id = p.tenant_id where u.email = ? and v.short_code = 'NBU'", String.class, email);
        assertThat(text.toString()).as("the copy holds the person's own data, so the scan reads real content")
                .contains(ownName, email);

        Set<String> others = othersDetails(email);
        assertThat(others).as("the demo data has other partners to look for").hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        String lower = text.toString().toLowerCase(Locale.ROOT);
        for (String value : others) {
            if (lower.contains(value.toLowerCase(Locale.ROOT))
                    && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE).matcher(text).find()) {
                found.add(value);
            }
        }
        assertThat(found).as("another partner's details in the copy").isEmpty();
    }

    /**
     * Full name, e-mail, phone and postcode of every partner who is not this person, less what this person shares.
     * A first name alone is not looked for: many people share one, and staff write names of others into the person's
     * own record (e.g. "Interpreter booked: Alex Jones" on their support request).
     */
    private Set<String> othersDetails(String email) {
        Set<String> mine = new HashSet<>();
        Set<String> others = new HashSet<>();
        for (String column : List.of("full_name", "email", "phone", "postcode")) {
            mine.addAll(jdbc.queryForList("select p." + column + " from partner p join user_account u on u.id = p.user_id"
                    + " where u.email = ? and p." + column + " is not null", String.class, email));
            jdbc.queryForList("select p." + column + " from partner p where p." + column + " is not null and"
                    + " (p.user_id is null or p.user_id <> (select id from user_account where email = ?))",
                    String.class, email).stream().map(String::strip).filter(v -> v.length() >= 3).forEach(others::add);
        }
        mine.stream().map(String::strip).forEach(others::remove);
        // a full name holds the preferred name: another partner called the same counts only in full
        mine.stream().flatMap(v -> List.of(v.strip().split("\\s+")).stream()).forEach(others::remove);
        return others;
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }
}
