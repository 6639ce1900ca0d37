package org.jessserver.job.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jessserver.job.entity.CasesQueued;

/** Prepares a submitted job in the background, after the submission has answered the client. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PreparationLauncher {

    private static final Logger LOG = Logger.getLogger(PreparationLauncher.class.getName());

    /** Attempts at preparing a job before it is rejected. */
    static final int ATTEMPTS = 3;

    @Inject
    JobPreparation preparation;

    @Inject
    JobTransitions jobs;

    @Inject
    Event<CasesQueued> queued;

    @Asynchronous
    public void prepareLater(long jobId) {
        prepareNow(jobId);
    }

    /**
     * Each step commits on its own, so that the job shows ACCEPTED while its cases are being made.
     * A failed attempt leaves the job waiting, and the sweeper tries again once it looks stalled;
     * the last one rejects it, so that no job waits forever.
     */
    public void prepareNow(long jobId) {
        int attempt;
        try {
            attempt = jobs.preparing(jobId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Starting the preparation of job " + jobId + " failed; the sweeper will try again", e);
            return;
        }
        if (attempt == 0) {
            return;
        }
        try {
            preparation.prepare(jobId);
            queued.fire(new CasesQueued(jobId));
        } catch (RuntimeException e) {
            if (attempt < ATTEMPTS) {
                LOG.log(Level.WARNING, "Preparing job " + jobId + " failed (attempt " + attempt + " of " + ATTEMPTS
                        + "); the sweeper will try again", e);
                return;
            }
            LOG.log(Level.WARNING, "Preparing job " + jobId + " failed " + attempt + " times; the job is rejected", e);
            try {
                jobs.preparationFailed(jobId, attempt, reason(e));
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Rejecting job " + jobId + " failed; the sweeper will try again", again);
            }
        }
    }

    /** What a user can be told about a failure; the details, with server paths, stay in the log. */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return "its uploaded files could not be read on the server.";
            }
        }
        return "an unexpected error on the server (its log has the details).";
    }
}
