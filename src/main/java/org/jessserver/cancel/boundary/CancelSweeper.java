package org.jessserver.cancel.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jessserver.cancel.control.CancelWork;
import org.jessserver.cancel.control.FlaggedJobs;
import org.jessserver.platform.control.TimerTicks;

/**
 * The EJB timer that guarantees every cancel finishes: every second, on every instance, each flagged
 * job's queued cases are cancelled, this instance's runs of it stopped, and the job ended when empty.
 * Non-persistent, so a crashed instance leaves no timer behind; the flag in the database is the work list.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CancelSweeper {

    private static final Logger LOG = Logger.getLogger(CancelSweeper.class.getName());

    @Inject
    FlaggedJobs flagged;

    @Inject
    CancelWork work;

    @Inject
    TimerTicks ticks;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void tick() {
        ticks.ran(TimerTicks.CANCEL_SWEEPER);
        for (Long jobId : flagged.all()) {
            try {
                work.finish(jobId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cancel of job " + jobId + " did not finish in this tick; the next goes on", e);
            }
        }
    }
}
