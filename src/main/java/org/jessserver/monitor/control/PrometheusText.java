package org.jessserver.monitor.control;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes Prometheus's text exposition format 0.0.4: a HELP and a TYPE line per family, then one line per sample,
 * label values and help texts escaped as the format says. Small enough that no metrics library is needed.
 */
public final class PrometheusText {

    /** The media type Prometheus asks for and expects back. */
    public static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder text = new StringBuilder();

    public PrometheusText family(String name, String help, String type) {
        text.append("# HELP ").append(name).append(' ').append(escapeHelp(help)).append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        return this;
    }

    public PrometheusText sample(String name, Map<String, String> labels, double value) {
        text.append(name);
        if (!labels.isEmpty()) {
            text.append('{');
            String sep = "";
            for (Map.Entry<String, String> l : new TreeMap<>(labels).entrySet()) {
                text.append(sep).append(l.getKey()).append("=\"").append(escapeLabel(l.getValue())).append('"');
                sep = ",";
            }
            text.append('}');
        }
        text.append(' ').append(number(value)).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** 3, 0.5, 21600, +Inf, NaN: whole numbers without a fraction, others without an exponent. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String escapeHelp(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    static String escapeLabel(String s) {
        return escapeHelp(s).replace("\"", "\\\"");
    }
}
