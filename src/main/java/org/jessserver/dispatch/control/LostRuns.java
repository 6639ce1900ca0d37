package org.jessserver.dispatch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.jessserver.engine.control.CaseSpec;
import org.jessserver.job.control.CaseTransitions;
import org.jessserver.job.control.JobFolder;
import org.jessserver.job.entity.SimCase;
import org.jessserver.platform.control.Settings;

/**
 * Running cases of a lost instance (their leases expired) whose runs this instance's executor can follow through their
 * run references, a cluster's tasks: this instance takes the cases over with their runs, which go on where they are
 * and are never run a second time. Runs it cannot follow (local processes) are left to the reaper to reclaim.
 */
@ApplicationScoped
public class LostRuns {

    private static final Logger LOG = Logger.getLogger(LostRuns.class.getName());

    @Inject
    CaseExecutor executor;

    @Inject
    CaseTransitions transitions;

    @Inject
    InFlight inFlight;

    @Inject
    RunSpecs specs;

    @Inject
    Endings endings;

    @Inject
    InstanceId instance;

    @Inject
    DispatchSettings settings;

    @Inject
    Settings platform;

    /**
     * Adopts the case's run if the executor can follow it. True when the run is adopted, by this instance or by another
     * that got there first: the case is not to be reclaimed. False when it must be stopped and run again.
     */
    public boolean adopt(SimCase c, Instant now) {
        String reference = c.getRunRef();
        if (!executor.adopts(reference)) {
            return false;
        }
        if (!transitions.adopt(c.key(), c.getLeaseOwner(), instance.value(), settings.lease().toMillis(), now)) {
            return true;
        }
        long claim = inFlight.claimed(c.key(), System.nanoTime());
        Optional<CaseSpec> spec;
        String why;
        try {
            spec = specs.of(c);
            why = spec.isEmpty() ? specs.noEngine(c) : null;
        } catch (IOException | RuntimeException e) {
            spec = Optional.empty();
            why = Endings.cannotStart(e);
        }
        if (spec.isPresent()) {
            executor.adopt(new CaseRun(c.key(), claim, spec.get()), reference, endings);
            LOG.info(() -> "Case " + c.key() + " lost its instance " + c.getLeaseOwner() + "; its run " + reference
                    + " goes on, followed by this instance");
        } else {
            // this instance could not read its end: the run must not go on unseen
            executor.stopLost(reference, JobFolder.of(platform.dataDir(), c.getJobId()).caseDir(c.getName()));
            endings.failed(new CaseRun(c.key(), claim, null), why);
        }
        return true;
    }
}
