package app.involvement.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CSV cell a spreadsheet would run as a formula is written as text; the file names follow the reading order. */
class EvidenceCsvTest {

    @Test
    void cellsStartingLikeAFormula_getALeadingApostrophe_othersStayAsTheyAre() {
        assertThat(EvidenceCsv.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(EvidenceCsv.safe("+44 1234")).isEqualTo("'+44 1234");
        assertThat(EvidenceCsv.safe("-1")).isEqualTo("'-1");
        assertThat(EvidenceCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(EvidenceCsv.safe("\tcmd")).isEqualTo("'\tcmd");
        assertThat(EvidenceCsv.safe("\rcmd")).isEqualTo("'\rcmd");
        assertThat(EvidenceCsv.safe("Jones-Smith = 1")).isEqualTo("Jones-Smith = 1");
        assertThat(EvidenceCsv.safe("")).isEmpty();
        assertThat(EvidenceCsv.safe(null)).isEmpty();
    }

    @Test
    void aTable_isAHeaderAndItsRows_andItsFileNameSaysWhereItComesFrom() {
        var table = new EvidenceTable("Named Contacts!", "Named contacts", "", List.of("Contact", "=Partners"),
                List.of(List.of("Colin Okafor", "26"), List.of("Cell, with \"quotes\"", "-3")));
        assertThat(EvidenceCsv.csv(table)).isEqualTo("Contact,'=Partners\r\nColin Okafor,26\r\n"
                + "\"Cell, with \"\"quotes\"\"\",'-3\r\n");
        assertThat(EvidenceCsv.fileName(7, EvidencePart.SUPPORT, table)).isEqualTo("07-support-named-contacts-.csv");
    }

    @Test
    void pdfText_escapesMarkup_andDropsControlCharacters() {
        assertThat(app.involvement.shared.TaggedPdf.escape("<b>A & \"B\"</b>\u0007")).isEqualTo("&lt;b&gt;A &amp; &quot;B&quot;&lt;/b&gt;");
    }
}
