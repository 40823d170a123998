package app.involvement.shared.evidence;

import java.util.List;

/**
 * One table of evidence, already in the reader's language: shown on the reviewer's page, printed in the evidence
 * pack and exported as one CSV file. Cells are plain text; partners appear only under their pseudonym.
 *
 * @param key         stable name of the table (lower-case, dashes), used for the CSV file name and page ids
 * @param title       heading
 * @param description one or two plain sentences on what the table shows (may be empty)
 * @param columns     column headings
 * @param rows        cells, each row as long as {@code columns}
 */
public record EvidenceTable(String key, String title, String description, List<String> columns,
        List<List<String>> rows) {

    public EvidenceTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Row of " + row.size() + " cells in table " + key + " of "
                        + columns.size() + " columns");
            }
        }
    }
}
