package app.involvement.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Uploaded materials: checked by content and size, kept in the database, downloaded only by the provider's people. */
class TrainingMaterialsIT extends IntegrationTestBase {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** The start of a Windows program: "MZ", the DOS stub and a PE header. */
    static final byte[] PROGRAM = program();

    @Autowired
    private TrainingModules modules;

    private Long module;

    @BeforeEach
    void module() {
        module = as(DemoLogins.NB_COORDINATOR, () -> modules.create(new TrainingModuleInput("Materials " + System.nanoTime(),
                null, TrainingDelivery.READING, null)));
    }

    @Test
    void validPdf_isStoredWithItsDetectedType_andDownloadsForStaffAndPartners() {
        as(DemoLogins.NB_COORDINATOR, () -> modules.addFile(module, "Handbook", "../../hand book?.pdf", PDF));

        var material = as(DemoLogins.NB_COORDINATOR, () -> modules.find(module)).orElseThrow().materials().getFirst();
        assertThat(material.contentType()).isEqualTo("application/pdf");
        assertThat(material.fileName()).isEqualTo("hand book_.pdf");
        assertThat(material.size()).isEqualTo(PDF.length);
        for (String reader : new String[] {DemoLogins.NB_LEAD, DemoLogins.NB_FINANCE, DemoLogins.NB_PARTNER}) {
            var file = as(reader, () -> modules.download(material.id())).orElseThrow();
            assertThat(file.content()).isEqualTo(PDF);
            assertThat(file.contentType()).isEqualTo("application/pdf");
        }
        assertThat(as(DemoLogins.SM_PARTNER, () -> modules.download(material.id()))).as("another provider's partner").isEmpty();
        assertThat(as(DemoLogins.SM_COORDINATOR, () -> modules.download(material.id()))).isEmpty();
    }

    @Test
    void officeDocument_isAccepted() throws Exception {
        byte[] docx = docx();
        as(DemoLogins.NB_COORDINATOR, () -> modules.addFile(module, "Form", "form.docx", docx));

        assertThat(as(DemoLogins.NB_COORDINATOR, () -> modules.find(module)).orElseThrow().materials())
                .singleElement().satisfies(m -> assertThat(m.contentType()).isEqualTo("application/x-tika-ooxml"));
    }

    @Test
    void renamedProgram_isRefused_andNothingStored() {
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> modules.addFile(module, "Slides", "slides.pdf", PROGRAM))
                .hasMessage("training.material.wrong-type"));
        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> modules.addFile(module, "Page", "page.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("training.material.wrong-type"));

        assertThat(materialRows()).isZero();
    }

    @Test
    void fileOverTenMegabytes_isRefused_andNothingStored() {
        byte[] big = Arrays.copyOf(PDF, TrainingLimits.MAX_FILE_BYTES + 1);

        as(DemoLogins.NB_COORDINATOR, () -> assertThatThrownBy(() -> modules.addFile(module, "Big", "big.pdf", big))
                .hasMessage("training.material.too-large"));

        assertThat(materialRows()).isZero();
    }

    @Test
    void anotherProvidersModule_cannotTakeMaterials() {
        as(DemoLogins.SM_COORDINATOR, () -> {
            assertThatThrownBy(() -> modules.addFile(module, "Ours", "ours.pdf", PDF)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> modules.addLink(module, "Ours", "https://example.org")).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(materialRows()).isZero();
    }

    private long materialRows() {
        return jdbc.queryForObject("select count(*) from training_material where module_id = ?", Long.class, module);
    }

    private static byte[] program() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    static byte[] docx() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                    + "2006/main\"><w:body/></w:document>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
