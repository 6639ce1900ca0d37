package org.jessserver.results.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.ResponseBuilder;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jessserver.account.boundary.Caller;
import org.jessserver.account.entity.AccountPrincipal;
import org.jessserver.job.control.JobFolder;
import org.jessserver.job.control.JobIds;
import org.jessserver.job.control.JobTransitions;
import org.jessserver.job.control.Jobs;
import org.jessserver.job.entity.Job;
import org.jessserver.platform.boundary.ApiDocs;
import org.jessserver.platform.boundary.ContentDisposition;
import org.jessserver.platform.boundary.Reply;
import org.jessserver.platform.boundary.Roles;
import org.jessserver.platform.control.Settings;
import org.jessserver.results.control.BrowserView;
import org.jessserver.results.control.ResultFolder;

/** The job's result folder: its tree, a zip of it, one file to download or to view in a browser. */
// same base path as JobsResource: JAX-RS matches the longest class path first, so a longer one here
// would hide POST /job from JobsResource
@Path("jess_web/api")
// one instance for all requests: it holds no request state, and a bean made per request costs a
// CDI creation with Jersey's injection on every call
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Tag(name = "results")
@SecurityRequirement(name = ApiDocs.COOKIE)
@SecurityRequirement(name = ApiDocs.BEARER)
public class ResultsResource {

    private static final String CONTENT_DISPOSITION = "Content-Disposition";

    @Inject
    Caller caller;

    @Inject
    Jobs jobs;

    @Inject
    JobTransitions transitions;

    @Inject
    Settings settings;

    @GET
    @Path("job/dir/{id}")
    @Operation(operationId = "jobTree", summary = "The job's result folder as a tree (JESS's jsTree)")
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ResultTreeReply"),
            examples = @ExampleObject(name = "tree", value = ResultsApiDocs.TREE)))
    public Response tree(@Parameter(description = ApiDocs.JOB_ID, example = "12") @PathParam("id") String id) {
        return owned(id).map(j -> json(Reply.ok(j.getId() + " status available",
                        folder(j).tree(Long.toString(j.getId())))))
                .orElseGet(() -> missing(id));
    }

    @GET
    @Path("job/file/{id}")
    @Operation(operationId = "jobZip", summary = "The job's result folder as a zip (job_<id>.zip)",
            description = "Optionally only the files with the given extensions. A job missing or not the caller's: "
                    + "the JSON refusal instead of a zip.")
    @APIResponse(responseCode = ApiDocs.OK, description = "The zip, or a JSON refusal",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"...\" (and "
                    + "filename*=UTF-8''... for names outside ASCII)", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Refusal"),
                    examples = @ExampleObject(name = "not found", value = ResultsApiDocs.MISSING_FILE))})
    public Response zip(@Parameter(description = ApiDocs.JOB_ID, example = "12") @PathParam("id") String id,
                        @Parameter(description = "Comma-separated extensions without dots", example = "err,csv")
                        @QueryParam("ext") String ext) {
        Optional<Job> job = owned(id);
        if (job.isEmpty()) {
            return missing(id);
        }
        ResultFolder folder = folder(job.get());
        Set<String> extensions = ResultFolder.extensions(ext);
        transitions.retrieved(job.get().getId());
        StreamingOutput body = out -> folder.zip(extensions, out);
        return Response.ok(body, "application/zip")
                .header(CONTENT_DISPOSITION, ContentDisposition.attachment("job_" + job.get().getId() + ".zip")).build();
    }

    @GET
    @Path("job/file/{id}/{path: .+}")
    @Operation(operationId = "jobFile", summary = "One result file, as bytes to download")
    @APIResponse(responseCode = ApiDocs.OK, description = "The file, or a JSON refusal (a job or file that is not there)",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"...\" (and "
                    + "filename*=UTF-8''... for names outside ASCII)", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Refusal"),
                    examples = @ExampleObject(name = "not found", value = ResultsApiDocs.MISSING_FILE))})
    public Response file(@Parameter(description = ApiDocs.JOB_ID, example = "12") @PathParam("id") String id,
                         @Parameter(description = ResultsApiDocs.PATH) @PathParam("path") String path) {
        return resultFile(id, path, p -> Response.ok(bytes(p), MediaType.APPLICATION_OCTET_STREAM)
                .header(CONTENT_DISPOSITION, ContentDisposition.attachment(p.getFileName().toString())));
    }

    @GET
    @Path("job/text/{id}/{path: .+}")
    @Operation(operationId = "jobText", summary = "One result file to view in a browser",
            description = ".htm/.html as text/html, anything else as text/plain; charset=UTF-8, with "
                    + "Content-Security-Policy: sandbox and X-Content-Type-Options: nosniff. A job or file that is "
                    + "not there: a JSON refusal.")
    @APIResponse(responseCode = ApiDocs.OK, description = "The file, or a JSON refusal",
            content = {@Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "text/plain; charset=UTF-8", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Refusal"),
                    examples = @ExampleObject(name = "not found", value = ResultsApiDocs.MISSING_FILE))})
    public Response text(@Parameter(description = ApiDocs.JOB_ID, example = "12") @PathParam("id") String id,
                         @Parameter(description = ResultsApiDocs.PATH) @PathParam("path") String path) {
        // shown inline, so no Content-Disposition; nosniff keeps a browser from reading plain text as a page
        // the type as a string header: a MediaType would be written without the space ("text/html;charset=UTF-8")
        return resultFile(id, path, p -> Response.ok(bytes(p))
                .header("Content-Type", BrowserView.mediaType(p.getFileName().toString()))
                .header("Content-Security-Policy", BrowserView.POLICY)
                .header("X-Content-Type-Options", "nosniff"));
    }

    /** One file of the caller's job, sent as the reply says; viewing counts as retrieving, as downloading does. */
    private Response resultFile(String id, String path, Function<java.nio.file.Path, ResponseBuilder> reply) {
        Optional<Job> job = owned(id);
        if (job.isEmpty()) {
            return missing(id);
        }
        return folder(job.get()).file(path)
                .map(p -> {
                    transitions.retrieved(job.get().getId());
                    return reply.apply(p).build();
                })
                .orElseGet(() -> json(Reply.refused("File " + path + " is not found in job " + id)));
    }

    private Optional<Job> owned(String id) {
        AccountPrincipal me = caller.principal();
        return JobIds.parse(id).flatMap(n -> jobs.owned(n, me.accountId()));
    }

    private ResultFolder folder(Job j) {
        return new ResultFolder(JobFolder.of(settings.dataDir(), j.getId()).root());
    }

    private Response missing(String id) {
        return json(Reply.refused(JobIds.parse(id).isEmpty() ? JobIds.invalid(id)
                : JobIds.notAccessible(id, caller.principal().email())));
    }

    private static StreamingOutput bytes(java.nio.file.Path file) {
        return out -> Files.copy(file, out);
    }

    private static Response json(Reply reply) {
        return Response.ok(reply, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
