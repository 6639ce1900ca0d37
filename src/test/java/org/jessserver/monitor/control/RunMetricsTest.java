package org.jessserver.monitor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jessserver.cancel.control.CancelCompleted;
import org.jessserver.cancel.control.CancelRequested;
import org.jessserver.job.entity.CaseKey;
import org.jessserver.job.entity.CaseState;
import org.jessserver.job.entity.RunEnded;
import org.jessserver.job.entity.RunStarted;
import org.junit.jupiter.api.Test;

class RunMetricsTest {

    private static final CaseKey KEY = new CaseKey(7, 1);
    private final RunMetrics metrics = new RunMetrics();

    @Test
    void runEndsAreCountedByOutcomeAndTimedWhenThisInstanceRanThem() {
        metrics.onStarted(new RunStarted(KEY));
        metrics.onEnded(new RunEnded(KEY, CaseState.SIMULATED, true, false, Duration.ofSeconds(2)));
        metrics.onEnded(new RunEnded(KEY, CaseState.FAILED, true, true, Duration.ofSeconds(20)));
        metrics.onEnded(new RunEnded(KEY, CaseState.CANCELLED, true, false, Duration.ofMillis(300)));
        metrics.onEnded(RunEnded.lost(KEY, CaseState.FAILED, true));
        metrics.onEnded(RunEnded.lost(KEY, CaseState.CANCELLED, true));
        assertEquals(1, metrics.started.value(""));
        assertEquals(1, metrics.ended.value("simulated"));
        assertEquals(1, metrics.ended.value("timed_out"));
        assertEquals(0, metrics.ended.value("failed"));
        assertEquals(2, metrics.ended.value("cancelled"));
        assertEquals(1, metrics.ended.value("lost"));
        assertEquals(3, metrics.runSeconds.count(), "runs lost with their instance have no run time here");
    }

    @Test
    void cancelRequestsAreCountedByKindAndTheirWaitTimedWhenKnown() {
        metrics.onCancelRequested(new CancelRequested(1, false));
        metrics.onCancelRequested(new CancelRequested(2, true));
        metrics.onCancelRequested(new CancelRequested(3, true));
        metrics.onCancelCompleted(new CancelCompleted(1, Duration.ofMillis(800)));
        metrics.onCancelCompleted(new CancelCompleted(2, null));
        assertEquals(1, metrics.cancelRequests.value("single"));
        assertEquals(2, metrics.cancelRequests.value("bulk"));
        assertEquals(1, metrics.cancelSeconds.count());
    }

    @Test
    void thePageHasEveryFamilyEvenBeforeAnythingHappened() {
        PrometheusText out = new PrometheusText();
        metrics.writeTo(out);
        String text = out.toString();
        for (String name : new String[] {"jess_cases_started_total", "jess_cases_ended_total", "jess_logon_failures_total",
            "jess_cancel_requests_total", "jess_case_run_seconds", "jess_cancel_seconds"}) {
            assertTrue(text.contains("# TYPE " + name + " "), name + " in\n" + text);
        }
        assertTrue(text.contains("jess_case_run_seconds_bucket{le=\"21600\"} 0"), text);
        assertTrue(text.contains("jess_cases_ended_total{outcome=\"timed_out\"} 0"), text);
    }
}
