package org.jessserver.cancel.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jessserver.job.control.JobTransitions;
import org.jessserver.job.control.Jobs;
import org.jessserver.job.entity.Job;
import org.jessserver.job.entity.JobStatus;

/** A user's cancel requests: the flag is committed first, then the cancel is started at once in the background. */
@ApplicationScoped
public class CancelRequests {

    @Inject
    JobTransitions transitions;

    @Inject
    CancelWork work;

    @Inject
    Jobs jobs;

    @Inject
    Event<CancelRequested> requested;

    /** The job with its flag set, or empty when it is missing, not the owner's, or no longer cancellable. */
    public Optional<Job> cancel(long jobId, long ownerId) {
        return cancel(jobId, ownerId, false);
    }

    private Optional<Job> cancel(long jobId, long ownerId, boolean bulk) {
        // the flag is committed when flag() returns (its own transaction): the request is told after that
        Optional<Job> flagged = transitions.flag(jobId, ownerId);
        flagged.ifPresent(j -> {
            requested.fire(new CancelRequested(j.getId(), bulk));
            work.soon(j.getId());
        });
        return flagged;
    }

    /** Cancels (or with a dry run, only checks) every job of the owner that the request selects. */
    public List<BulkCancelResult> cancelMany(long ownerId, BulkCancel request) {
        List<Job> selected = jobs.list(ownerId, request.filter()).stream()
                .filter(j -> request.ids().isEmpty() || request.ids().contains(j.getId())).toList();
        List<BulkCancelResult> results = new ArrayList<>();
        for (Job j : selected) {
            results.add(new BulkCancelResult(j.getId(), outcome(j, ownerId, request.dryRun())));
        }
        // requested ids that are not the owner's jobs read like missing ones
        request.ids().stream().filter(id -> selected.stream().noneMatch(j -> j.getId().equals(id)))
                .forEach(id -> results.add(new BulkCancelResult(id, BulkCancelResult.NOT_CANCELLABLE)));
        return results;
    }

    private String outcome(Job j, long ownerId, boolean dryRun) {
        if (dryRun) {
            return JobStatus.CANCELLABLE.contains(j.getStatus()) ? BulkCancelResult.WOULD_BE_FLAGGED : BulkCancelResult.NOT_CANCELLABLE;
        }
        return cancel(j.getId(), ownerId, true).isPresent() ? BulkCancelResult.FLAGGED : BulkCancelResult.NOT_CANCELLABLE;
    }
}
