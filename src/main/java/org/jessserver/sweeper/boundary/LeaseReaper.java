package org.jessserver.sweeper.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jessserver.dispatch.control.DispatchSettings;
import org.jessserver.dispatch.control.CaseExecutor;
import org.jessserver.dispatch.control.LostRuns;
import org.jessserver.job.control.JobCompletion;
import org.jessserver.job.control.JobFolder;
import org.jessserver.job.control.JobTransitions;
import org.jessserver.job.control.PreparationLauncher;
import org.jessserver.platform.control.Settings;
import org.jessserver.platform.control.TimerTicks;
import org.jessserver.job.control.CaseTransitions;
import org.jessserver.job.entity.CaseState;
import org.jessserver.job.entity.CasesQueued;
import org.jessserver.job.entity.SimCase;

/**
 * Repairs what a crashed instance left, on every instance every 2 seconds: running cases whose
 * lease expired are adopted with their runs where the executor can follow them (a cluster's tasks), or else go back
 * to the queue (or fail after their last attempt), stalled preparations are
 * redone, and jobs whose cases are all done are finished. Every step is a guarded transition, so
 * ticks on several instances at once do each thing once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LeaseReaper {

    private static final Logger LOG = Logger.getLogger(LeaseReaper.class.getName());

    @Inject
    CaseTransitions transitions;

    @Inject
    JobCompletion completion;

    @Inject
    JobTransitions jobs;

    @Inject
    PreparationLauncher launcher;

    @Inject
    DispatchSettings settings;

    @Inject
    Event<CasesQueued> queued;

    @Inject
    CaseExecutor executor;

    @Inject
    LostRuns lostRuns;

    @Inject
    Settings data;

    @Inject
    TimerTicks ticks;

    /** One reading per sweep decides both which leases have expired and which preparations have stalled. */
    @Inject
    Clock clock;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void sweep() {
        ticks.ran(TimerTicks.LEASE_REAPER);
        try {
            Instant now = clock.instant();
            for (SimCase c : transitions.expiredLeases(now)) {
                if (lostRuns.adopt(c, now)) {
                    continue;
                }
                Optional<CaseState> state = transitions.reclaim(c.key(), c.getLeaseOwner(), settings.maxAttempts(), now);
                state.ifPresent(s -> LOG.info(() -> "Case " + c.key() + " lost its instance " + c.getLeaseOwner()
                        + "; now " + s));
                if (state.isPresent() && state.get() == CaseState.QUEUED) {
                    queued.fire(new CasesQueued(c.getJobId()));
                } else if (state.isPresent()) {
                    // a run that will not be repeated must not go on either, where this instance's executor reaches it;
                    // the job ends once the reclaim is committed, if this was its last case (RunEnded)
                    executor.stopLost(c.getRunRef(), JobFolder.of(data.dataDir(), c.getJobId()).caseDir(c.getName()));
                }
            }
            for (Long jobId : jobs.stalled(now, settings.lease())) {
                launcher.prepareNow(jobId);
            }
            for (Long jobId : completion.overdue()) {
                completion.finishIfDone(jobId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sweep failed; the next one tries again", e);
        }
    }
}
