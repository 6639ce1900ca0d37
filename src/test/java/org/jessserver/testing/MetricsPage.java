package org.jessserver.testing;

import java.util.HashMap;
import java.util.Map;

/** A Prometheus text page as samples: the line's name with its labels as written ("x_total{kind=\"bulk\"}") to value. */
public final class MetricsPage {

    private final Map<String, Double> samples = new HashMap<>();
    private final String text;

    public MetricsPage(String text) {
        this.text = text;
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int space = line.lastIndexOf(' ');
                samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
    }

    /** The sample's value; fails the test when the page has no such sample. */
    public double value(String sample) {
        Double v = samples.get(sample);
        if (v == null) {
            throw new AssertionError("no sample " + sample + " in\n" + text);
        }
        return v;
    }

    public String text() {
        return text;
    }
}
