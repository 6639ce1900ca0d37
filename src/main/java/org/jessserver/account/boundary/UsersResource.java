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
import org.jessserver.account.control.Accounts;
import org.jessserver.account.control.Logons;
import org.jessserver.account.control.Sessions;
import org.jessserver.account.entity.AccountPrincipal;
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
    public VersionInfo info() {
        return VersionInfo.usersApi();
    }

    /** Answered when the password check is done; the HTTP thread is free meanwhile (it runs on the hashing pool). */
    @POST
    @Path("auth")
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
    public CompletionStage<Response> logon(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        return auth(type, body);
    }

    @POST
    @Path("checkin")
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
    @RolesAllowed(Roles.USER)
    public Response logout() {
        sessions.revoke(SessionTokenReader.read(request));
        return Response.ok(AuthReply.loggedOut()).header(HttpHeaders.SET_COOKIE, cookie.clear()).build();
    }

    @POST
    @Path("confirm")
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
    @RolesAllowed(Roles.USER)
    public Reply user() {
        return Reply.ok("User's account detailes included.", AccountView.of(accounts.byId(caller.principal().accountId())));
    }

    @POST
    @Path("user")
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
