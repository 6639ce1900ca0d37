package org.jessserver.monitor.control;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** A counter of this instance, with at most one label whose values are known up front (they are shown at 0). */
public final class Counter {

    private final String name;
    private final String help;
    private final String label;
    private final Map<String, LongAdder> values = new ConcurrentHashMap<>();

    /** A counter without a label. */
    public Counter(String name, String help) {
        this(name, help, null);
    }

    /** A counter with one label; {@code known} values are shown before they first count. */
    public Counter(String name, String help, String label, String... known) {
        this.name = name;
        this.help = help;
        this.label = label;
        if (label == null) {
            values.put("", new LongAdder());
        }
        for (String k : known) {
            values.put(k, new LongAdder());
        }
    }

    public void inc() {
        inc("");
    }

    public void inc(String labelValue) {
        values.computeIfAbsent(labelValue, k -> new LongAdder()).increment();
    }

    /** The value now, for the label's value ("" without a label). */
    public long value(String labelValue) {
        LongAdder a = values.get(labelValue);
        return a == null ? 0 : a.sum();
    }

    void writeTo(PrometheusText out) {
        out.family(name, help, "counter");
        Map<String, LongAdder> sorted = new TreeMap<>(values);
        sorted.forEach((v, a) -> out.sample(name, label == null ? Map.of() : Map.of(label, v), a.sum()));
    }
}
