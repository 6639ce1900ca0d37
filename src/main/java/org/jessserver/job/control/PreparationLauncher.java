package org.jessserver.job.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jessserver.simcase.entity.CasesQueued;

/** Prepares a submitted job in the background, after the submission has answered the client. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PreparationLauncher {

    private static final Logger LOG = Logger.getLogger(PreparationLauncher.class.getName());

    @Inject
    JobPreparation preparation;

    @Inject
    Event<CasesQueued> queued;

    @Asynchronous
    public void prepareLater(long jobId) {
        prepareNow(jobId);
    }

    /** Each step commits on its own, so that the job shows ACCEPTED while its cases are being made. */
    public void prepareNow(long jobId) {
        try {
            preparation.accept(jobId);
            preparation.prepare(jobId);
            queued.fire(new CasesQueued(jobId));
        } catch (RuntimeException e) {
            // the job stays UNPACKED or ACCEPTED; the sweeper tries again once it looks stalled
            LOG.log(Level.WARNING, "Preparing job " + jobId + " failed; the sweeper will try again", e);
        }
    }
}
