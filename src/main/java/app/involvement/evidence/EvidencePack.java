package app.involvement.evidence;

/**
 * The evidence pack made for one assignment: the PDF and a ZIP of one CSV file per table. It is handed out only
 * through {@link ReviewerEvidence#download}, which checks the assignment again.
 *
 * @param baseName file name without extension, e.g. {@code evidence-NBU-2026-11-27}
 */
public record EvidencePack(Long assignmentId, String baseName, byte[] pdf, byte[] csvZip) {

    public String pdfName() {
        return baseName + ".pdf";
    }

    public String zipName() {
        return baseName + "-tables.zip";
    }
}
