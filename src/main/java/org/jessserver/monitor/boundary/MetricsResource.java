package org.jessserver.monitor.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jessserver.monitor.control.MetricsAccess;
import org.jessserver.monitor.control.MetricsPage;
import org.jessserver.monitor.control.PrometheusText;
import org.jessserver.platform.boundary.ApiDocs;
import org.jessserver.platform.boundary.Reply;
import org.jessserver.platform.boundary.Roles;

/**
 * GET /metrics in Prometheus's text format, for an administrator's session or the metrics token. Not protected by a
 * role: the container lets a scraper's token (which is no session) through, and {@link MetricsAccess} decides.
 */
@Path("metrics")
@RequestScoped
@Tag(name = "monitor")
@SecurityRequirement(name = ApiDocs.COOKIE)
@SecurityRequirement(name = ApiDocs.BEARER)
public class MetricsResource {

    @Inject
    MetricsAccess access;

    @Inject
    MetricsPage page;

    @Context
    SecurityContext security;

    @GET
    @Produces({PrometheusText.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "metrics", summary = "Prometheus metrics of this instance and of the database",
            description = "Prometheus text format 0.0.4, names starting with jess_: counters and histograms of this "
                    + "instance, gauges read from the database (the same on every instance). For an administrator's "
                    + "session, or Authorization: Bearer <JESS_METRICS_TOKEN>; anyone else is refused in the JSON "
                    + "envelope (401 not logged on, 403 not an administrator).")
    @APIResponse(responseCode = ApiDocs.OK, description = "The metrics", content = @Content(
            mediaType = PrometheusText.MEDIA_TYPE, schema = @Schema(implementation = String.class),
            example = MetricsApiDocs.EXAMPLE))
    public Response metrics(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        boolean loggedOn = security.getUserPrincipal() != null;
        return switch (access.of(loggedOn, loggedOn && security.isUserInRole(Roles.ADMIN), authorization)) {
            case ALLOWED -> Response.ok(page.text(), PrometheusText.MEDIA_TYPE).build();
            case NOT_LOGGED_ON -> refused(Response.Status.UNAUTHORIZED,
                    "Not allowed: log on as an administrator or send Authorization: Bearer with the metrics token")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jess-metrics\"").build();
            case NOT_ADMIN -> refused(Response.Status.FORBIDDEN,
                    "Forbidden: the metrics are for administrators and the metrics token").build();
        };
    }

    private static Response.ResponseBuilder refused(Response.Status status, String why) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Reply.refused(why));
    }
}
