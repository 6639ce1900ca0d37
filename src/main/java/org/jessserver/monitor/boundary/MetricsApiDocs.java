package org.jessserver.monitor.boundary;

/** An example of the metrics page for /openapi: documentation only. */
final class MetricsApiDocs {

    static final String EXAMPLE = """
            # HELP jess_cases_started_total Cases this instance claimed from the queue to run
            # TYPE jess_cases_started_total counter
            jess_cases_started_total 42
            # HELP jess_queue_depth Cases queued and waiting for an instance to run them (database-wide: every \
            instance reports the same value)
            # TYPE jess_queue_depth gauge
            jess_queue_depth 12
            """;

    private MetricsApiDocs() {
    }
}
