package app.involvement.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.insights.ui.SvgBarChart.Bar;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgBarChartTest {

    @Test
    void typedNames_areEscaped_soNoMarkupGetsIn() {
        String svg = SvgBarChart.markup("Chart <b>", List.of(new Bar("<script>alert(1)</script> & \"x\"", 3, "3")));
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;");
    }

    @Test
    void barsAreScaledToTheLargest_andTheChartIsAnImageWithAName() {
        String svg = SvgBarChart.markup("Levels", List.of(new Bar("A", 10, "10"), new Bar("B", 5, "5"),
                new Bar("C", 0, "0")));
        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-label=\"Levels\"", "<title>Levels</title>")
                .contains("width=\"520.0\"", "width=\"260.0\"", "width=\"0.0\"");
    }
}
