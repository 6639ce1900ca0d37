package org.jessserver.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The whole /metrics page: this instance's counters and histograms, then the database-wide gauges. */
@ApplicationScoped
public class MetricsPage {

    @Inject
    RunMetrics runs;

    @Inject
    DatabaseGauges database;

    public String text() {
        PrometheusText out = new PrometheusText();
        runs.writeTo(out);
        database.writeTo(out);
        return out.toString();
    }
}
