package org.jessserver.cancel.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jessserver.account.boundary.Caller;
import org.jessserver.cancel.control.BulkCancel;
import org.jessserver.cancel.control.BulkCancelResult;
import org.jessserver.cancel.control.CancelRequests;
import org.jessserver.job.boundary.JobStatusView;
import org.jessserver.job.control.JobCommand;
import org.jessserver.job.control.JobIds;
import org.jessserver.platform.boundary.Reply;
import org.jessserver.platform.boundary.Roles;
import org.jessserver.platform.control.JsonBody;

/** The cancel calls: JESS's {"cmd":"Cancel"} on one job, and ours on many. */
@Path("jess_web/api")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class CancelResource {

    @Inject
    Caller caller;

    @Inject
    CancelRequests requests;

    /** {"cmd":"Cancel"}: sets the cancel flag and answers at once; the cancel finishes in the background. */
    @POST
    @Path("job/{id}")
    public Reply command(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        JobCommand.require(JsonBody.object(type, body), JobCommand.CANCEL);
        long me = caller.principal().accountId();
        return JobIds.parse(id).flatMap(n -> requests.cancel(n, me))
                .map(j -> Reply.ok("Cancel flag has been set for " + j.getId(), JobStatusView.of(j)))
                .orElseGet(() -> Reply.refused("Job " + id + " is not found or not cancellable"));
    }

    /** Ours: cancels every job of the caller that the filter (and the ids, if given) select; dry_run only tells. */
    @POST
    @Path("jobs/cancel")
    public Reply cancelMany(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        BulkCancel request = BulkCancel.of(JsonBody.optionalObject(type, body));
        List<BulkCancelResult> results = requests.cancelMany(caller.principal().accountId(), request);
        String done = request.dryRun() ? BulkCancelResult.WOULD_BE_FLAGGED : BulkCancelResult.FLAGGED;
        long n = results.stream().filter(r -> r.result().equals(done)).count();
        return Reply.ok(n + " of " + results.size() + " job(s) " + (request.dryRun() ? "would be" : "are")
                + " flagged for cancel", results);
    }
}
