package app.involvement.insights.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** The table alternative of a chart: a caption, column headings and rows of plain text, row headers first. */
final class DataTable {

    private DataTable() {
    }

    static NativeTable of(String id, String caption, List<String> columns, List<List<String>> rows) {
        var table = new NativeTable();
        table.setId(id);
        table.addClassName("insights-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String column : columns) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(column);
            cell.getElement().setAttribute("scope", "col");
        }
        var body = table.getBody();
        for (List<String> cells : rows) {
            NativeTableRow row = body.addRow();
            for (int i = 0; i < cells.size(); i++) {
                if (i == 0) {
                    NativeTableHeaderCell header = row.addHeaderCell();
                    header.setText(cells.get(i));
                    header.getElement().setAttribute("scope", "row");
                } else {
                    NativeTableCell cell = row.addDataCell();
                    cell.setText(cells.get(i));
                }
            }
        }
        return table;
    }
}
