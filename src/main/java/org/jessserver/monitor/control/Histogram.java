package org.jessserver.monitor.control;

import java.util.Arrays;
import java.util.Map;

/** A histogram of this instance: how many observations fell at or below each bound, their sum and their count. */
public final class Histogram {

    private final String name;
    private final String help;
    private final double[] bounds;
    private final long[] counts;
    private long count;
    private double sum;

    /** Bounds in increasing order; the +Inf bucket is added. */
    public Histogram(String name, String help, double... bounds) {
        this.name = name;
        this.help = help;
        this.bounds = bounds.clone();
        Arrays.sort(this.bounds);
        this.counts = new long[bounds.length];
    }

    public synchronized void observe(double value) {
        for (int i = 0; i < bounds.length; i++) {
            if (value <= bounds[i]) {
                counts[i]++;
            }
        }
        count++;
        sum += value;
    }

    public synchronized long count() {
        return count;
    }

    void writeTo(PrometheusText out) {
        long[] cumulative;
        long total;
        double totalSum;
        synchronized (this) {
            cumulative = counts.clone();
            total = count;
            totalSum = sum;
        }
        out.family(name, help, "histogram");
        for (int i = 0; i < bounds.length; i++) {
            out.sample(name + "_bucket", Map.of("le", PrometheusText.number(bounds[i])), cumulative[i]);
        }
        out.sample(name + "_bucket", Map.of("le", "+Inf"), total);
        out.sample(name + "_sum", Map.of(), totalSum);
        out.sample(name + "_count", Map.of(), total);
    }
}
