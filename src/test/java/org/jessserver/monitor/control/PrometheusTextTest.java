package org.jessserver.monitor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void writesHelpTypeAndSamplesWithSortedEscapedLabels() {
        String text = new PrometheusText().family("jess_x_total", "Line one\nwith a \\ backslash", "counter")
                .sample("jess_x_total", Map.of("b", "say \"hi\"", "a", "1"), 3).toString();
        assertEquals("# HELP jess_x_total Line one\\nwith a \\\\ backslash\n"
                + "# TYPE jess_x_total counter\n"
                + "jess_x_total{a=\"1\",b=\"say \\\"hi\\\"\"} 3\n", text);
    }

    @Test
    void writesWholeNumbersPlainFractionsWithoutExponentAndInfinities() {
        assertEquals("21600", PrometheusText.number(21600));
        assertEquals("0.5", PrometheusText.number(0.5));
        assertEquals("0.0001", PrometheusText.number(1e-4));
        assertEquals("+Inf", PrometheusText.number(Double.POSITIVE_INFINITY));
        assertEquals("NaN", PrometheusText.number(Double.NaN));
    }

    @Test
    void aCounterShowsItsKnownLabelValuesAtZero() {
        Counter c = new Counter("jess_c_total", "C", "kind", "single", "bulk");
        c.inc("bulk");
        c.inc("bulk");
        PrometheusText out = new PrometheusText();
        c.writeTo(out);
        assertEquals("# HELP jess_c_total C\n# TYPE jess_c_total counter\n"
                + "jess_c_total{kind=\"bulk\"} 2\njess_c_total{kind=\"single\"} 0\n", out.toString());
    }

    @Test
    void aCounterWithoutLabelIsOneSample() {
        Counter c = new Counter("jess_s_total", "S");
        c.inc();
        PrometheusText out = new PrometheusText();
        c.writeTo(out);
        assertEquals("# HELP jess_s_total S\n# TYPE jess_s_total counter\njess_s_total 1\n", out.toString());
    }

    @Test
    void aHistogramsBucketsAreCumulativeAndEndInTheCount() {
        Histogram h = new Histogram("jess_h_seconds", "H", 1, 0.5, 10);
        h.observe(0.2);
        h.observe(0.5);
        h.observe(3);
        h.observe(100);
        PrometheusText out = new PrometheusText();
        h.writeTo(out);
        assertEquals("# HELP jess_h_seconds H\n# TYPE jess_h_seconds histogram\n"
                + "jess_h_seconds_bucket{le=\"0.5\"} 2\n"
                + "jess_h_seconds_bucket{le=\"1\"} 2\n"
                + "jess_h_seconds_bucket{le=\"10\"} 3\n"
                + "jess_h_seconds_bucket{le=\"+Inf\"} 4\n"
                + "jess_h_seconds_sum 103.7\n"
                + "jess_h_seconds_count 4\n", out.toString());
    }
}
