package app.involvement.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.evidence.ReviewerEvidence.PackFile;
import app.involvement.shared.Language;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The evidence pack a reviewer downloads, read back as a person would open it: the PDF is tagged, in the chosen
 * language with an embedded font, and holds every part; the ZIP holds one CSV per table with the headings in the
 * same language. Neither says anything about a partner of the provider (the same scan as the page). The progress
 * climbs to the end, and the files come only for the assignment the pack was made for.
 */
class EvidencePackTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ReviewerEvidence evidence;

    @Autowired
    private ReviewerAccess access;

    @Test
    void theWelshPack_isATaggedPdfAndOneCsvPerTable_withNoPartnersDetails() throws Exception {
        Long id = EvidenceFixture.reviewersAssignment(jdbc);
        List<Double> progress = new CopyOnWriteArrayList<>();
        as(DemoLogins.REVIEWER, () -> {
            EvidencePack pack;
            try {
                pack = evidence.startPack(id, Language.WELSH, progress::add).get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertThat(progress).as("progress heard").isNotEmpty().isSorted();
            assertThat(progress.getLast()).isEqualTo(1.0);

            byte[] pdf = evidence.download(pack, id, PackFile.PDF);
            byte[] zip = evidence.download(pack, id, PackFile.CSV_ZIP);
            assertThatThrownBy(() -> evidence.download(pack, EvidenceFixture.UNKNOWN, PackFile.PDF))
                    .isInstanceOf(AccessDeniedException.class);
            for (String what : List.of(ReviewerLooks.PACK, ReviewerLooks.PACK_PDF, ReviewerLooks.PACK_CSV)) {
                assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'REVIEWER_EXPORT'"
                        + " and subject = ? and detail like ?", Long.class, "assignment " + id, "%|" + what))
                        .as("recorded: " + what).isPositive();
            }

            PersonalDataScan scan = scan(id);
            String text = pdfText(pdf);
            assertThat(text).contains("Tystiolaeth ar gyfer SET 3.7", "(a) Pwy yw defnyddwyr gwasanaeth a gofalwyr",
                    "(c) Cymorth", "Cwmpas hyfforddiant", "Cylchoedd adolygu", "Northbridge");
            scan.assertNothingIdentifying("the PDF", text);
            scan.assertNothingSpecialBesidePartners("the PDF's lines", text.lines().toList());

            Map<String, List<CSVRecord>> files = csvFiles(zip);
            assertThat(files.keySet()).contains("01-definitions-programmes.csv")
                    .anyMatch(name -> name.endsWith("-support-training-coverage.csv"));
            assertThat(files.get("01-definitions-programmes.csv").getFirst().values())
                    .startsWith("Rhaglen", "Proffesiwn");
            List<String> rows = new ArrayList<>();
            files.forEach((name, records) -> records.forEach(r -> rows.add(String.join(" | ", r.values()))));
            scan.assertNothingIdentifying("the CSV files", String.join("\n", rows));
            scan.assertNothingSpecialBesidePartners("the CSV rows", rows);
        });
    }

    @Test
    void anotherAssignment_getsNoPack() {
        Long id = EvidenceFixture.reviewersAssignment(jdbc);
        as(DemoLogins.REVIEWER, () -> assertThatThrownBy(() -> evidence.startPack(EvidenceFixture.UNKNOWN, Language.ENGLISH, p -> { })
                .get(120, TimeUnit.SECONDS)).hasCauseInstanceOf(AccessDeniedException.class));
        as(DemoLogins.NB_LEAD, () -> assertThatThrownBy(() -> evidence.startPack(id, Language.ENGLISH, p -> { }))
                .isInstanceOf(AccessDeniedException.class));
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).as("tagged PDF").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(catalog.getLanguage()).startsWith("cy");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Tystiolaeth ar gyfer SET 3.7");
            Set<Boolean> embedded = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    embedded.add(font.isEmbedded());
                }
            }
            assertThat(embedded).as("every font embedded").containsExactly(true);
            return new PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, List<CSVRecord>> csvFiles(byte[] zip) {
        Map<String, List<CSVRecord>> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                assertThat(bytes).as("UTF-8 byte-order mark").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
                var reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                        StandardCharsets.UTF_8);
                files.put(entry.getName(), CSVFormat.RFC4180.parse(reader).getRecords());
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return files;
    }

    private PersonalDataScan scan(Long assignmentId) {
        List<Long> partners = jdbc.queryForList("select p.id from partner p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU'", Long.class);
        Set<String> pseudonyms = new HashSet<>(access.read(assignmentId, "test: pseudonyms",
                context -> partners.stream().map(p -> context.pseudonym().apply(p)).toList()));
        return PersonalDataScan.of(jdbc, "NBU", EvidenceViewTest.accessNeedLabels(), pseudonyms);
    }
}
