package org.jessserver.job.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jessserver.account.boundary.Caller;
import org.jessserver.account.entity.AccountPrincipal;
import org.jessserver.job.control.CreateCommand;
import org.jessserver.job.control.JobCreation;
import org.jessserver.job.control.JobFilter;
import org.jessserver.job.control.JobIds;
import org.jessserver.job.control.JobSubmitter;
import org.jessserver.job.control.Jobs;
import org.jessserver.platform.boundary.Reply;
import org.jessserver.platform.boundary.Roles;
import org.jessserver.platform.control.JsonBody;

/** The JESS job calls: submit, status, list (cancel is the cancel component's). */
@Path("jess_web/api")
// one instance for all requests: it holds no request state, and a bean made per request costs a
// CDI creation with Jersey's injection on every call
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    Caller caller;

    @Inject
    Jobs jobs;

    @Inject
    JobSubmitter submitter;

    @Inject
    JobCreation creation;

    @POST
    @Path("job")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Reply submit(List<EntityPart> parts) {
        // a multipart request with no body at all comes as no list
        parts = parts == null ? List.of() : parts;
        long id = submitter.submit(caller.principal().accountId(), SubmissionParts.form(parts), SubmissionParts.files(parts));
        return Reply.ok("Job " + id + " is created", id);
    }

    /** {"cmd":"Create",...}: a job from a folder of the upload area or from an earlier job's input files. */
    @POST
    @Path("job")
    @Consumes(MediaType.APPLICATION_JSON)
    public Reply create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        long id = creation.create(caller.principal().accountId(), CreateCommand.of(JsonBody.object(type, body)));
        return Reply.ok("Job " + id + " is created", id);
    }

    @GET
    @Path("job/status/{id}")
    @StatusTagged
    public Reply status(@PathParam("id") String id) {
        AccountPrincipal me = caller.principal();
        return JobIds.parse(id).flatMap(n -> jobs.owned(n, me.accountId()))
                .map(j -> Reply.ok(j.getId() + " status available", JobStatusView.of(j)))
                .orElseGet(() -> Reply.refused("Job " + id + " is not accessible to user " + me.email()));
    }

    /** JESS's notebooks send the filter as the body of a GET; POST takes the same body. */
    @GET
    @Path("jobs")
    public Reply listByGet(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        return list(type, body);
    }

    @POST
    @Path("jobs")
    public Reply list(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        AccountPrincipal me = caller.principal();
        JobFilter filter = JobFilter.of(JsonBody.optionalObject(type, body));
        return Reply.ok(me.nickname() + " jobs available",
                jobs.list(me.accountId(), filter).stream().map(j -> JobListView.of(j, me.nickname())).toList());
    }
}
