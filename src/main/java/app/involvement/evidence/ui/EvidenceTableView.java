package app.involvement.evidence.ui;

import app.involvement.shared.evidence.EvidenceTable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * One evidence table as a plain HTML table: a heading that names it (and labels the table), the source's short
 * description, column headings as header cells, and the rows as they came. A wide table scrolls sideways inside
 * its own region, which keyboard users can reach and scroll.
 */
class EvidenceTableView extends Div {

    EvidenceTableView(String id, EvidenceTable table, String emptyText) {
        addClassName("evidence-table");
        var heading = new H3(table.title());
        heading.setId(id + "-heading");
        add(heading);
        if (!table.description().isBlank()) {
            add(new Paragraph(table.description()));
        }
        if (table.rows().isEmpty()) {
            var empty = new Paragraph(emptyText);
            empty.addClassName("evidence-empty");
            add(empty);
            return;
        }
        var html = new NativeTable();
        html.setId(id);
        html.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        NativeTableRow header = html.getHead().addRow();
        for (String column : table.columns()) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.setText(column);
            cell.getElement().setAttribute("scope", "col");
        }
        for (List<String> row : table.rows()) {
            NativeTableRow line = html.getBody().addRow();
            for (String value : row) {
                NativeTableCell cell = line.addDataCell();
                cell.setText(value == null ? "" : value);
            }
        }
        var scroller = new Div(html);
        scroller.addClassName("evidence-table-scroll");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        scroller.getElement().setAttribute("tabindex", "0");
        add(scroller);
    }
}
