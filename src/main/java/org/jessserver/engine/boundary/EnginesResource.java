package org.jessserver.engine.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jessserver.account.boundary.Caller;
import org.jessserver.engine.control.EngineCatalog;
import org.jessserver.platform.boundary.ApiDocs;
import org.jessserver.platform.boundary.Reply;
import org.jessserver.platform.boundary.Roles;

/** GET /jess_web/api/engines: the EnergyPlus versions this instance runs; administrators also see where. */
@Path("jess_web/api/engines")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Tag(name = "jobs")
@Produces(MediaType.APPLICATION_JSON)
public class EnginesResource {

    @Inject
    Caller caller;

    @Inject
    EngineCatalog engines;

    @GET
    @Operation(operationId = "engines", summary = "The EnergyPlus versions this instance runs",
            description = "Versions ascending; the executable's path is shown to administrators only.")
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EnginesReply"),
            examples = @ExampleObject(name = "engines", value = EngineApiDocs.EXAMPLE)))
    public Reply list() {
        boolean admin = caller.principal().admin();
        // maps, not a record: the JSON provider writes nulls, and a user's entry has no "path" at all
        List<Map<String, String>> data = engines.installed().entrySet().stream().map(e -> {
            Map<String, String> engine = new LinkedHashMap<>();
            engine.put("version", e.getKey());
            if (admin) {
                engine.put("path", e.getValue().toString());
            }
            return engine;
        }).toList();
        return Reply.ok(data.size() + " engines available", data);
    }
}
