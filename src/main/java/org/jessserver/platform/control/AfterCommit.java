package org.jessserver.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the work of an observer of a committed transaction (TransactionPhase.AFTER_SUCCESS) on the container's pool:
 * the observer's own thread is still inside the finished transaction's completion, where Payara's EJB container
 * cannot begin another. A failure is logged; the timers that repair such work do it later.
 */
@ApplicationScoped
public class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    @Resource
    ManagedExecutorService pool;

    /** Runs the work soon, on another thread; what names it for the log ("finish job 7"). */
    public void run(String what, Runnable work) {
        try {
            pool.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not " + what + " now; a timer will", e);
                }
            });
        } catch (RejectedExecutionException e) {
            // a full or stopping pool: the transaction is committed all the same, and the timers do the rest
            LOG.log(Level.INFO, "Could not " + what + " now (the pool refused it); a timer will", e);
        }
    }
}
