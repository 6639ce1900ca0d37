package org.jessserver.job.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jessserver.account.boundary.Caller;
import org.jessserver.account.entity.AccountPrincipal;
import org.jessserver.job.control.CasePage;
import org.jessserver.job.control.JobCases;
import org.jessserver.job.control.JobIds;
import org.jessserver.job.control.Jobs;
import org.jessserver.platform.boundary.ApiDocs;
import org.jessserver.platform.boundary.Reply;
import org.jessserver.platform.boundary.Roles;

/** GET /jess_web/api/job/cases/<id> (§10): a job's cases in case order, a page at a time. */
// same base path as JobsResource: JAX-RS matches the longest class path first, so a longer one here
// would hide POST /job from JobsResource
@Path("jess_web/api")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs")
@SecurityRequirement(name = ApiDocs.COOKIE)
@SecurityRequirement(name = ApiDocs.BEARER)
public class JobCasesResource {

    @Inject
    Caller caller;

    @Inject
    Jobs jobs;

    @Inject
    JobCases cases;

    @GET
    @Path("job/cases/{id}")
    @Operation(operationId = "jobCases", summary = "A job's cases, in case order",
            description = "Each case's folder name, model, weather file, state, exit code (null until a run ends), CPU "
                    + "time (whole seconds) and message, while the job runs and after. At most limit cases (1 to 1000; "
                    + "1000 when absent), those numbered above after: the next page starts after the last case of "
                    + "this one. A limit or after that is not such a number is refused naming it; a job that is "
                    + "missing or not the caller's gets the refusal of GET /jess_web/api/job/status/<id>.")
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobCasesReply"),
            examples = {@ExampleObject(name = "cases", value = JobApiDocs.CASES_EXAMPLE),
                    @ExampleObject(name = "not accessible", value = JobApiDocs.NOT_ACCESSIBLE_EXAMPLE),
                    @ExampleObject(name = "bad limit", value = JobApiDocs.BAD_LIMIT_EXAMPLE)}))
    public Reply list(@Parameter(description = ApiDocs.JOB_ID, example = "12259") @PathParam("id") String id,
                      @Parameter(description = "At most this many cases, 1 to 1000 (default 1000)", example = "100",
                              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
                      @QueryParam("limit") String limit,
                      @Parameter(description = "Only the cases numbered above this one (default 0: from the first)",
                              example = "100", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                              maximum = "2147483647"))
                      @QueryParam("after") String after) {
        CasePage page = CasePage.of(limit, after);
        AccountPrincipal me = caller.principal();
        return JobIds.parse(id).flatMap(n -> jobs.owned(n, me.accountId()))
                .map(j -> Reply.ok(j.getId() + " cases available",
                        cases.page(j.getId(), page).stream().map(CaseView::of).toList()))
                .orElseGet(() -> Reply.refused(JobIds.notAccessible(id, me.email())));
    }
}
