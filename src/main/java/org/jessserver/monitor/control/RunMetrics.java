package org.jessserver.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Locale;
import org.jessserver.account.control.LogonOutcome;
import org.jessserver.cancel.control.CancelCompleted;
import org.jessserver.cancel.control.CancelRequested;
import org.jessserver.job.entity.CaseState;
import org.jessserver.job.entity.RunEnded;
import org.jessserver.job.entity.RunStarted;

/**
 * This instance's counters and histograms, moved by the other components' events once what they tell is committed
 * (a rolled-back claim or end counts nothing). In memory: they start at 0 with each start of the server.
 */
@ApplicationScoped
public class RunMetrics {

    /** EnergyPlus runs take from under a second (a small model, a failure) to hours (a year of a large building). */
    static final double[] RUN_SECONDS = {0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200, 14400,
        21600};

    /** A cancel ends within a tick of the cancel timer, unless a run takes its time to stop. */
    static final double[] CANCEL_SECONDS = {0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300};

    final Counter started = new Counter("jess_cases_started_total",
            "Cases this instance claimed from the queue to run");
    final Counter ended = new Counter("jess_cases_ended_total",
            "Case runs ended on this instance, by outcome: simulated (EnergyPlus completed), failed, timed_out,"
                    + " cancelled, lost (its instance stopped renewing the lease after the last attempt)",
            "outcome", "simulated", "failed", "timed_out", "cancelled", "lost");
    final Counter logonFailures = new Counter("jess_logon_failures_total",
            "Refused log-ons on this instance, by reason: wrong_credentials, throttled, busy (hashing queue full)",
            "reason", "wrong_credentials", "throttled", "busy");
    final Counter cancelRequests = new Counter("jess_cancel_requests_total",
            "Jobs flagged for cancel by a user's request on this instance, by kind: single (the Cancel command),"
                    + " bulk (one per job flagged by POST /jess_web/api/jobs/cancel)",
            "kind", "single", "bulk");
    final Histogram runSeconds = new Histogram("jess_case_run_seconds",
            "Wall time of the case runs this instance ran, from claim to end, in seconds", RUN_SECONDS);
    final Histogram cancelSeconds = new Histogram("jess_cancel_seconds",
            "Time from a job's first cancel request to CANCELED, for the jobs this instance ended, in seconds",
            CANCEL_SECONDS);

    void onStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunStarted event) {
        started.inc();
    }

    void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunEnded event) {
        ended.inc(outcome(event));
        if (event.ranFor() != null) {
            runSeconds.observe(event.ranFor().toNanos() / 1e9);
        }
    }

    void onLogon(@Observes LogonOutcome outcome) {
        if (outcome.principal().isEmpty()) {
            logonFailures.inc(outcome.busy() ? "busy" : outcome.isThrottled() ? "throttled" : "wrong_credentials");
        }
    }

    void onCancelRequested(@Observes CancelRequested event) {
        cancelRequests.inc(event.bulk() ? "bulk" : "single");
    }

    void onCancelCompleted(@Observes CancelCompleted event) {
        if (event.sinceRequest() != null) {
            cancelSeconds.observe(event.sinceRequest().toNanos() / 1e9);
        }
    }

    /** The outcome label of a run's end. */
    static String outcome(RunEnded e) {
        if (e.timedOut()) {
            return "timed_out";
        }
        if (e.ranFor() == null && e.state() == CaseState.FAILED) {
            return "lost";
        }
        return e.state().name().toLowerCase(Locale.ROOT);
    }

    void writeTo(PrometheusText out) {
        for (Counter c : List.of(started, ended, logonFailures, cancelRequests)) {
            c.writeTo(out);
        }
        runSeconds.writeTo(out);
        cancelSeconds.writeTo(out);
    }
}
