package org.jessserver.cancel.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.jessserver.account.entity.AccountDisabled;
import org.jessserver.job.control.JobTransitions;

/**
 * A disabled user's work stops: the cancel flags of their unfinished jobs are set in the transaction that
 * disables the account, so both commit or neither; the cancel timer then finishes them within a second.
 */
@ApplicationScoped
public class DisabledAccountJobs {

    private static final Logger LOG = Logger.getLogger(DisabledAccountJobs.class.getName());

    @Inject
    JobTransitions transitions;

    void onDisabled(@Observes AccountDisabled event) {
        int flagged = transitions.flagAllOf(event.accountId());
        LOG.info(() -> "Account " + event.accountId() + " disabled: " + flagged + " unfinished job(s) flagged for cancel");
    }
}
