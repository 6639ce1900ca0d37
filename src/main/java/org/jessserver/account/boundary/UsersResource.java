package org.jessserver.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jessserver.account.control.Accounts;
import org.jessserver.account.control.Logons;
import org.jessserver.account.control.Sessions;
import org.jessserver.account.entity.AccountPrincipal;
import org.jessserver.platform.boundary.ApiDocs;
import org.jessserver.platform.boundary.ClientAddress;
import org.jessserver.platform.boundary.Reply;
import org.jessserver.platform.boundary.Roles;
import org.jessserver.platform.boundary.VersionInfo;
import org.jessserver.platform.control.JsonBody;

/** The JESS User & Account API: log-on, check-in, log-off, confirm, and the caller's account to read and edit. */
@Path("users/api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Logons logons;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Sessions sessions;

    @Inject
    Accounts accounts;

    @Inject
    SessionCookie cookie;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @GET
    @Path("info")
    @Tag(name = "info")
    @Operation(operationId = "usersInfo", summary = "The Users API's version (bare object, no envelope, no log-on)")
    @APIResponse(responseCode = ApiDocs.OK, description = "The version; Major, Minor, Revision and Update are integers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VersionInfo")))
    public VersionInfo info() {
        return VersionInfo.usersApi();
    }

    /** Answered when the password check is done; the HTTP thread is free meanwhile (it runs on the hashing pool). */
    @POST
    @Path("auth")
    @Tag(name = "session")
    @Operation(operationId = "logOn", summary = "Log on: sets the session cookie",
            description = "A failed log-on is ok:false \"No matching username and password pair was found!\" (HTTP 200). "
                    + "Repeated failures for an account or an address are refused for a while.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "Credentials")))
    @APIResponse(responseCode = ApiDocs.OK, description = "The auth object (no data envelope); refusals are ok:false",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuthReply"),
                    examples = {@ExampleObject(name = "logged in", value = AccountApiDocs.LOGGED_IN),
                            @ExampleObject(name = "no match", value = AccountApiDocs.NO_MATCH)}),
            headers = @Header(name = "Set-Cookie", description = AccountApiDocs.SET_COOKIE,
                    schema = @Schema(type = SchemaType.STRING)))
    public CompletionStage<Response> auth(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        UsernamePasswordCredential credential = credential(JsonBody.object(type, body));
        return logons.attempt(clientAddress.of(request), credential).thenApply(o -> o.principal()
                .map(p -> Response.ok(AuthReply.loggedIn(p))
                        .header(HttpHeaders.SET_COOKIE, cookie.set(sessions.issue(accounts.byId(p.accountId()))))
                        .build())
                .orElseGet(() -> Response.ok(AuthReply.refused(o)).build()));
    }

    @POST
    @Path("logon")
    @Tag(name = "session")
    @Operation(operationId = "logOnAlias", summary = "Log on (alias of /users/api/auth)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "Credentials")))
    @APIResponse(responseCode = ApiDocs.OK, description = "The auth object (no data envelope); refusals are ok:false",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuthReply"),
                    examples = {@ExampleObject(name = "logged in", value = AccountApiDocs.LOGGED_IN),
                            @ExampleObject(name = "no match", value = AccountApiDocs.NO_MATCH)}),
            headers = @Header(name = "Set-Cookie", description = AccountApiDocs.SET_COOKIE,
                    schema = @Schema(type = SchemaType.STRING)))
    public CompletionStage<Response> logon(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        return auth(type, body);
    }

    @POST
    @Path("checkin")
    @Tag(name = "session")
    @Operation(operationId = "checkIn", summary = "Renew the session: a new token in a new cookie",
            description = "The body may be empty, {} or \"\". The old token keeps working for 30 s.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = ApiDocs.OK, description = "The auth object (no data envelope); refusals are ok:false",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuthReply"),
                    examples = {@ExampleObject(name = "renewed", value = AccountApiDocs.RENEWED)}),
            headers = @Header(name = "Set-Cookie", description = AccountApiDocs.SET_COOKIE,
                    schema = @Schema(type = SchemaType.STRING)))
    @SecurityRequirement(name = ApiDocs.COOKIE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @RolesAllowed(Roles.USER)
    public Response checkin(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        JsonBody.optionalObject(type, body);
        return sessions.renew(SessionTokenReader.read(request))
                .map(token -> Response.ok(AuthReply.renewed(caller.principal()))
                        .header(HttpHeaders.SET_COOKIE, cookie.set(token)).build())
                // the session ended between the container's check and now (log-off elsewhere)
                .orElseGet(() -> Response.ok(AuthReply.noMatch()).build());
    }

    @POST
    @Path("logout")
    @Tag(name = "session")
    @Operation(operationId = "logOff", summary = "Log off: the token stops working at once, on every instance")
    @APIResponse(responseCode = ApiDocs.OK, description = "The auth object (no data envelope); refusals are ok:false",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuthReply"),
                    examples = {@ExampleObject(name = "logged out", value = AccountApiDocs.LOGGED_OUT)}),
            headers = @Header(name = "Set-Cookie", description = "Clears session_token",
                    schema = @Schema(type = SchemaType.STRING)))
    @SecurityRequirement(name = ApiDocs.COOKIE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @RolesAllowed(Roles.USER)
    public Response logout() {
        sessions.revoke(SessionTokenReader.read(request));
        return Response.ok(AuthReply.loggedOut()).header(HttpHeaders.SET_COOKIE, cookie.clear()).build();
    }

    @POST
    @Path("confirm")
    @Tag(name = "session")
    @Operation(operationId = "confirm", summary = "Check that the credentials are the session user's")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "Credentials")))
    @APIResponse(responseCode = ApiDocs.OK, description = "The auth object (no data envelope); refusals are ok:false",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuthReply"),
                    examples = {@ExampleObject(name = "confirmed", value = AccountApiDocs.CONFIRMED),
                            @ExampleObject(name = "mismatch", value = AccountApiDocs.MISMATCH)}))
    @SecurityRequirement(name = ApiDocs.COOKIE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @RolesAllowed(Roles.USER)
    public CompletionStage<AuthReply> confirm(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        AccountPrincipal me = caller.principal();
        return logons.attempt(clientAddress.of(request), credential(JsonBody.object(type, body))).thenApply(o -> {
            if (o.isThrottled() || o.busy()) {
                return AuthReply.refused(o);
            }
            return o.principal().filter(p -> p.accountId() == me.accountId())
                    .map(AuthReply::confirmed)
                    .orElseGet(AuthReply::mismatch);
        });
    }

    @GET
    @Path("user")
    @Tag(name = "account")
    @Operation(operationId = "getAccount", summary = "The caller's account, with JESS's profile fields")
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "AccountReply"),
            examples = @ExampleObject(name = "account", value = AccountApiDocs.ACCOUNT)))
    @SecurityRequirement(name = ApiDocs.COOKIE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @RolesAllowed(Roles.USER)
    public Reply user() {
        return Reply.ok("User's account detailes included.", AccountView.of(accounts.byId(caller.principal().accountId())));
    }

    @POST
    @Path("user")
    @Tag(name = "account")
    @Operation(operationId = "editAccount", summary = "Edit the caller's account, or change the password",
            description = "Any subset of the profile fields; or {\"password\":\"<new>\",\"current_password\":\"<old>\"} "
                    + "(at least 8 characters), which keeps this session and ends the user's other sessions.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "AccountEdit"),
            examples = @ExampleObject(name = "profile", value = "{\"firstname\":\"Ada\",\"surname\":\"Lovelace\"}")))
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "Refusal"),
            examples = @ExampleObject(name = "updated", value = AccountApiDocs.UPDATED)))
    @SecurityRequirement(name = ApiDocs.COOKIE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @RolesAllowed(Roles.USER)
    public Reply editUser(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        accounts.edit(caller.principal().accountId(), JsonBody.object(type, body), SessionTokenReader.read(request));
        return Reply.ok("Account details updated successfully!", null);
    }

    private static UsernamePasswordCredential credential(JsonObject json) {
        return new UsernamePasswordCredential(JsonBody.requiredString(json, "email"),
                JsonBody.requiredString(json, "password"));
    }
}
