package app.involvement.insights.ui;

import com.vaadin.flow.component.Svg;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as SVG (DD040): no chart library, no front-end bundle. Every label is
 * escaped (programme names are typed by people, and {@link Svg} sets its content as markup). The chart is an image
 * with a short name; the figures themselves are in the table beside it for screen readers and keyboard users.
 */
final class SvgBarChart {

    /** One bar: its label, its value (bars are scaled to the largest) and the text shown after it. */
    record Bar(String label, double value, String valueText) {
    }

    private static final int WIDTH = 640;
    /** Each bar has its label on a line above it, so no label is ever cut short. */
    private static final int ROW = 48;
    private static final int BAR_MAX = 520;
    /** GOV.UK blue on white, 5.2:1; text in near-black. */
    private static final String BAR_COLOUR = "#1d70b8";
    private static final String TEXT_COLOUR = "#0b0c0c";

    private SvgBarChart() {
    }

    static Svg of(String name, List<Bar> bars) {
        var svg = new Svg(markup(name, bars));
        svg.addClassName("insights-chart");
        return svg;
    }

    static String markup(String name, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 8;
        var out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"").append(escape(name))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" font-family=\"sans-serif\"")
                .append(" font-size=\"14\">");
        out.append("<title>").append(escape(name)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW;
            double length = max <= 0 ? 0 : bar.value() / max * BAR_MAX;
            if (bar.value() > 0) {
                length = Math.max(length, 2);
            }
            out.append("<text x=\"0\" y=\"").append(y + 16).append("\" fill=\"").append(TEXT_COLOUR).append("\">")
                    .append(escape(bar.label())).append("</text>");
            out.append("<rect x=\"0\" y=\"").append(y + 22).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", length))
                    .append("\" height=\"18\" fill=\"").append(BAR_COLOUR).append("\"/>");
            out.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", length + 6)).append("\" y=\"")
                    .append(y + 36).append("\" fill=\"").append(TEXT_COLOUR).append("\">")
                    .append(escape(bar.valueText())).append("</text>");
        }
        return out.append("</svg>").toString();
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
