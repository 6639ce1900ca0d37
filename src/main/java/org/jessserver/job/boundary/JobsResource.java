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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jessserver.account.boundary.Caller;
import org.jessserver.account.entity.AccountPrincipal;
import org.jessserver.job.control.CreateCommand;
import org.jessserver.job.control.JobCreation;
import org.jessserver.job.control.JobFilter;
import org.jessserver.job.control.JobIds;
import org.jessserver.job.control.JobSubmitter;
import org.jessserver.job.control.Jobs;
import org.jessserver.platform.boundary.ApiDocs;
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
@Tag(name = "jobs")
@SecurityRequirement(name = ApiDocs.COOKIE)
@SecurityRequirement(name = ApiDocs.BEARER)
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
    @Operation(operationId = "submitJob", summary = "Submit a job: upload files and run them",
            description = "Multipart: the files as parts named file (zips unpacked), and optional fields. The reply comes "
                    + "at once; the cases are made and run afterwards. A submission that cannot run is refused with "
                    + "ok:false and data:0, naming the problem; nothing of it is kept. The same path with "
                    + "Content-Type application/json takes JESS's Create command {\"cmd\":\"Create\",...}: a job from a "
                    + "folder of the upload area (uploadRef) or from an earlier job's input files (jobRef); a reference to "
                    + "something that is not there is refused naming it, with data:0.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(ref = "JobSubmission")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CreateCommand"))})
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobCreatedReply"),
            examples = {@ExampleObject(name = "created", value = JobApiDocs.CREATED_EXAMPLE),
                    @ExampleObject(name = "refused", value = JobApiDocs.REFUSED_SUBMISSION_EXAMPLE)}))
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
    // OpenAPI has one operation per path and method, and Payara keeps the one of whichever method it reads last:
    // both methods carry the same description of both bodies
    @Operation(operationId = "submitJob", summary = "Submit a job: upload files and run them",
            description = "Multipart: the files as parts named file (zips unpacked), and optional fields. The reply comes "
                    + "at once; the cases are made and run afterwards. A submission that cannot run is refused with "
                    + "ok:false and data:0, naming the problem; nothing of it is kept. The same path with "
                    + "Content-Type application/json takes JESS's Create command {\"cmd\":\"Create\",...}: a job from a "
                    + "folder of the upload area (uploadRef) or from an earlier job's input files (jobRef); a reference to "
                    + "something that is not there is refused naming it, with data:0.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(ref = "JobSubmission")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CreateCommand"))})
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobCreatedReply"),
            examples = {@ExampleObject(name = "created", value = JobApiDocs.CREATED_EXAMPLE),
                    @ExampleObject(name = "refused", value = JobApiDocs.REFUSED_SUBMISSION_EXAMPLE)}))
    public Reply create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        long id = creation.create(caller.principal().accountId(), CreateCommand.of(JsonBody.object(type, body)));
        return Reply.ok("Job " + id + " is created", id);
    }

    @GET
    @Path("job/status/{id}")
    @StatusTagged
    @Operation(operationId = "jobStatus", summary = "A job's status",
            description = "The job status object; a job that is missing or not the caller's gets the refusal "
                    + "\"Job <id> is not accessible to user <email>\". A status reply carries an ETag; a poll that "
                    + "sends it back in If-None-Match gets 304 without a body while nothing changed.")
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS,
            headers = @Header(name = HttpHeaders.ETAG, description = JobApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobStatusReply"),
                    examples = {@ExampleObject(name = "status", value = JobApiDocs.STATUS_EXAMPLE),
                            @ExampleObject(name = "not accessible", value = JobApiDocs.NOT_ACCESSIBLE_EXAMPLE)}))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named the job's current ETag",
            headers = @Header(name = HttpHeaders.ETAG, description = JobApiDocs.ETAG,
                    schema = @Schema(type = SchemaType.STRING)))
    public Reply status(@Parameter(description = ApiDocs.JOB_ID, example = "12259") @PathParam("id") String id,
                        // read by StatusTagFilter; named here so that /openapi shows it (Payara ignores it on the method)
                        @Parameter(description = JobApiDocs.IF_NONE_MATCH) @HeaderParam(HttpHeaders.IF_NONE_MATCH)
                        String ifNoneMatch) {
        AccountPrincipal me = caller.principal();
        return JobIds.parse(id).flatMap(n -> jobs.owned(n, me.accountId()))
                .map(j -> Reply.ok(j.getId() + " status available", JobStatusView.of(j)))
                .orElseGet(() -> Reply.refused(JobIds.notAccessible(id, me.email())));
    }

    /** JESS's notebooks send the filter as the body of a GET; POST takes the same body. */
    @GET
    @Path("jobs")
    @Operation(operationId = "listJobsByGet", summary = "List the caller's jobs",
            description = "The caller's jobs. JESS's notebooks send the filter {since, till, status} (and ours: limit, "
                    + "after) as a JSON body of this GET (requests.get(url, json=filter)); OpenAPI cannot describe a "
                    + "GET body, so the filter is described on POST /jess_web/api/jobs, which takes the same body and answers the same.")
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobListReply"),
            examples = @ExampleObject(name = "list", value = JobApiDocs.LIST_EXAMPLE)))
    public Reply listByGet(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        return list(type, body);
    }

    @POST
    @Path("jobs")
    @Operation(operationId = "listJobs", summary = "List the caller's jobs, filtered",
            description = "The optional JSON filter (the same body that GET /jess_web/api/jobs reads): dates YYYY-MM-DD, "
                    + "inclusive, compared with received; status one or several comma-separated. A malformed date "
                    + "or an unknown status is refused naming it. With limit (at most 1000) or after (a job id), the "
                    + "newest jobs first, only those with ids below after: a client pages with after = the last id "
                    + "it got; without them the reply is unchanged.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "JobFilter"),
            examples = @ExampleObject(name = "filter", value = JobApiDocs.FILTER_EXAMPLE)))
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobListReply"),
            examples = @ExampleObject(name = "list", value = JobApiDocs.LIST_EXAMPLE)))
    public Reply list(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        AccountPrincipal me = caller.principal();
        JobFilter filter = JobFilter.of(JsonBody.optionalObject(type, body));
        return Reply.ok(me.nickname() + " jobs available",
                jobs.list(me.accountId(), filter).stream().map(j -> JobListView.of(j, me.nickname())).toList());
    }
}
