package org.jessserver.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
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
        pool.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not " + what + " now; a timer will", e);
            }
        });
    }
}
