package org.jessserver.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The one JAX-RS application; resources carry their full paths under /users/api and /jess_web/api. */
@ApplicationPath("")
@DeclareRoles({Roles.USER, Roles.ADMIN})
@OpenAPIDefinition(
        info = @Info(title = "JESS web API (jess-server)", version = "1.0.0",
                description = "The JESS web API of the jEPlus Simulation Service, as jess-server serves it. "
                        + "Replies are JESS's envelope {\"ok\":bool,\"status\":string,\"data\":...}; business refusals "
                        + "(not found, not yours, invalid input) are ok:false with HTTP 200, as JESS's clients expect. "
                        + "Exceptions: GET /info (bare version object), log-on/check-in/log-off/confirm (the auth "
                        + "object), upload-area trees (bare), downloads (raw bytes). Secured calls need the session "
                        + "token of log-on as the cookie session_token or as Authorization: Bearer <token>."),
        tags = {
                @Tag(name = "session", description = "Log-on, check-in, log-off, confirm (/users/api)"),
                @Tag(name = "account", description = "The caller's account (/users/api/user)"),
                @Tag(name = "admin", description = "Accounts, for administrators (/users/api/users)"),
                @Tag(name = "files", description = "The caller's upload area (/users/api/files)"),
                @Tag(name = "jobs", description = "Submitting, listing and polling jobs (/jess_web/api)"),
                @Tag(name = "cancel", description = "Cancelling jobs (/jess_web/api)"),
                @Tag(name = "results", description = "A job's result folder: tree, zip, files (/jess_web/api)"),
                @Tag(name = "info", description = "Version objects, no log-on"),
                @Tag(name = "monitor", description = "Prometheus metrics for operators (/metrics)")},
        components = @Components(responses = {
                @APIResponse(name = ApiDocs.REF_UNAUTHORIZED, responseCode = ApiDocs.UNAUTHORIZED,
                        description = ApiDocs.UNAUTHORIZED_TEXT,
                        content = @Content(mediaType = "application/json",
                                schema = @Schema(ref = "Refusal"),
                                examples = @ExampleObject(name = "no session", value = ApiDocs.UNAUTHORIZED_EXAMPLE))),
                @APIResponse(name = ApiDocs.REF_FORBIDDEN, responseCode = ApiDocs.FORBIDDEN,
                        description = ApiDocs.FORBIDDEN_TEXT,
                        content = @Content(mediaType = "application/json",
                                schema = @Schema(ref = "Refusal"),
                                examples = @ExampleObject(name = "no role", value = ApiDocs.FORBIDDEN_EXAMPLE)))}))
@SecurityScheme(securitySchemeName = ApiDocs.COOKIE, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        apiKeyName = "session_token", description = "The token set by log-on (POST /users/api/auth)")
@SecurityScheme(securitySchemeName = ApiDocs.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The same session token as Authorization: Bearer <token>")
public class JessApplication extends Application {

    /** No WADL: it would answer OPTIONS and /application.wadl with the names and versions of our libraries. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
