package org.jessserver.sweeper.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.jessserver.account.entity.AccountDisabled;
import org.jessserver.job.control.Cancellations;

/**
 * A disabled user's work stops: the cancel flags of their unfinished jobs are set in the transaction that
 * disables the account, so both commit or neither; the cancel timer then finishes them within a second.
 */
@ApplicationScoped
public class DisabledAccountJobs {

    private static final Logger LOG = Logger.getLogger(DisabledAccountJobs.class.getName());

    @Inject
    Cancellations cancellations;

    void onDisabled(@Observes AccountDisabled event) {
        int flagged = cancellations.flagAllOf(event.accountId());
        LOG.info(() -> "Account " + event.accountId() + " disabled: " + flagged + " unfinished job(s) flagged for cancel");
    }
}
