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
import org.jessserver.account.boundary.Caller;
import org.jessserver.account.entity.AccountPrincipal;
import org.jessserver.job.control.JobFolder;
import org.jessserver.job.control.JobIds;
import org.jessserver.job.control.JobTransitions;
import org.jessserver.job.control.Jobs;
import org.jessserver.job.entity.Job;
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
    public Response tree(@PathParam("id") String id) {
        return owned(id).map(j -> json(Reply.ok(j.getId() + " status available",
                        folder(j).tree(Long.toString(j.getId())))))
                .orElseGet(() -> missing(id));
    }

    @GET
    @Path("job/file/{id}")
    public Response zip(@PathParam("id") String id, @QueryParam("ext") String ext) {
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
    public Response file(@PathParam("id") String id, @PathParam("path") String path) {
        return resultFile(id, path, p -> Response.ok(bytes(p), MediaType.APPLICATION_OCTET_STREAM)
                .header(CONTENT_DISPOSITION, ContentDisposition.attachment(p.getFileName().toString())));
    }

    @GET
    @Path("job/text/{id}/{path: .+}")
    public Response text(@PathParam("id") String id, @PathParam("path") String path) {
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
                : "Job " + id + " is not accessible to user " + caller.principal().email()));
    }

    private static StreamingOutput bytes(java.nio.file.Path file) {
        return out -> Files.copy(file, out);
    }

    private static Response json(Reply reply) {
        return Response.ok(reply, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
