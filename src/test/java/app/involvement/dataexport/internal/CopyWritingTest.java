package app.involvement.dataexport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.shared.Language;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataField;
import app.involvement.shared.privacy.PersonalDataFile;
import app.involvement.shared.privacy.PersonalDataSection;
import app.involvement.shared.privacy.PersonalDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The copy as the person opens it, from a test source: the ZIP holds the PDF, the JSON and the receipts; the PDF is
 * tagged, in the person's language with the font embedded, and reads every label and value; the JSON parses back
 * to the same sections and fields.
 */
class CopyWritingTest {

    private static final DataSubject SUBJECT = new DataSubject(1L, 42L, 7L, "ffion@example.org");

    /** A module's part, as a real source would give it. */
    private static final PersonalDataSource PROFILE = new PersonalDataSource() {
        @Override
        public int order() {
            return 10;
        }

        @Override
        public List<PersonalDataSection> sections(DataSubject subject, Locale locale) {
            boolean welsh = "cy".equals(locale.getLanguage());
            return List.of(
                    new PersonalDataSection("profile", welsh ? "Proffil" : "Profile", List.of(List.of(
                            new PersonalDataField("preferredName", welsh ? "Enw dewisol" : "Preferred name", "Ffion Ŵyn"),
                            new PersonalDataField("postcode", welsh ? "Cod post" : "Postcode", "CF10 3AT")))),
                    new PersonalDataSection("claims", welsh ? "Hawliadau" : "Claims", List.of(
                            List.of(new PersonalDataField("amount", "Amount", "£12.50")),
                            List.of(new PersonalDataField("amount", "Amount", "£7.00 <&> \"quoted\"")))),
                    new PersonalDataSection("feedback", welsh ? "Adborth" : "Feedback", List.of()));
        }

        @Override
        public List<PersonalDataFile> files(DataSubject subject) {
            return List.of(new PersonalDataFile("../../bus ticket.pdf", "application/pdf", new byte[] {1, 2, 3}),
                    new PersonalDataFile("bus ticket.pdf", "application/pdf", new byte[] {4}));
        }
    };

    private static PersonalCopy copy(Language language) {
        return new PersonalCopy("Northbridge University", language, Instant.parse("2026-11-27T10:15:00Z"),
                PROFILE.sections(SUBJECT, language.locale()), PROFILE.files(SUBJECT));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void theZip_holdsThePdfTheJsonAndEveryReceipt_underSafeDistinctNames() throws IOException {
        PersonalCopy copy = copy(Language.ENGLISH);
        Map<String, byte[]> zip = unzip(CopyZip.write(CopyPdf.write(copy), CopyJson.write(copy), copy.files()));
        assertThat(zip.keySet()).containsExactly("my-data.pdf", "my-data.json", "receipts/bus ticket.pdf",
                "receipts/bus ticket-2.pdf");
        assertThat(zip.get("receipts/bus ticket.pdf")).containsExactly(1, 2, 3);
        assertThat(zip.get("receipts/bus ticket-2.pdf")).containsExactly(4);
        assertThat(new String(zip.get("my-data.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void thePdf_isTaggedInThePersonsLanguage_withTheFontEmbedded_andReadsEveryValue() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CopyPdf.write(copy(Language.WELSH)))) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(catalog.getLanguage()).startsWith("cy");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Eich data sydd gan Northbridge University");
            Set<Boolean> embedded = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    embedded.add(font.isEmbedded());
                }
            }
            assertThat(embedded).as("every font embedded").containsExactly(true);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Proffil", "Enw dewisol", "Ffion Ŵyn", "Cod post", "CF10 3AT", "Hawliadau",
                    "£12.50", "£7.00 <&> \"quoted\"", "Adborth",
                    "Nid oes gennym ddim o’r math hwn amdanoch chi.", "bus ticket-2.pdf");
        }
    }

    @Test
    void theJson_parsesBackToTheSameSectionsRecordsAndFields() {
        JsonNode root = JsonMapper.builder().build().readTree(CopyJson.write(copy(Language.ENGLISH)));
        assertThat(root.get("provider").asString()).isEqualTo("Northbridge University");
        assertThat(root.get("madeAt").asString()).isEqualTo("2026-11-27T10:15:00Z");
        assertThat(root.get("language").asString()).isEqualTo("en");
        JsonNode sections = root.get("sections");
        assertThat(sections.propertyNames()).containsExactly("profile", "claims", "feedback");
        assertThat(sections.get("profile").get(0).get("preferredName").asString()).isEqualTo("Ffion Ŵyn");
        assertThat(sections.get("profile").get(0).get("postcode").asString()).isEqualTo("CF10 3AT");
        assertThat(sections.get("claims")).hasSize(2);
        assertThat(sections.get("claims").get(1).get("amount").asString()).isEqualTo("£7.00 <&> \"quoted\"");
        assertThat(sections.get("feedback")).isEmpty();
    }

    @Test
    void aToken_isLongRandomAndUrlSafe_andOnlyItsHashIsKept() {
        String one = CopyTokens.next();
        String two = CopyTokens.next();
        assertThat(one).isNotEqualTo(two).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(CopyTokens.wellFormed(one)).isTrue();
        assertThat(CopyTokens.wellFormed(one + "x")).isFalse();
        assertThat(CopyTokens.wellFormed("../etc/passwd")).isFalse();
        assertThat(CopyTokens.hash(one)).hasSize(64).isNotEqualTo(one).isEqualTo(CopyTokens.hash(one));
    }
}
