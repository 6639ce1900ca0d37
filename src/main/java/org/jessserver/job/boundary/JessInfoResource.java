package org.jessserver.job.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jessserver.platform.boundary.ApiDocs;
import org.jessserver.platform.boundary.VersionInfo;

/** GET /jess_web/api/info: the JESS API's bare version object, no log-on needed. */
@Path("jess_web/api/info")
// one instance for all requests: it holds no request state, and a bean made per request costs a
// CDI creation with Jersey's injection on every call
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class JessInfoResource {

    @GET
    @Tag(name = "info")
    @Operation(operationId = "jessInfo", summary = "The JESS API's version (bare object, no envelope, no log-on)")
    @APIResponse(responseCode = ApiDocs.OK, description = "The version; Major, Minor, Revision and Update are integers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VersionInfo")))
    public VersionInfo info() {
        return VersionInfo.jessApi();
    }
}
