package org.jessserver.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jessserver.account.control.Accounts;
import org.jessserver.account.entity.Account;
import org.jessserver.platform.boundary.ApiDocs;
import org.jessserver.platform.boundary.Reply;
import org.jessserver.platform.boundary.Roles;
import org.jessserver.platform.control.InvalidRequestException;
import org.jessserver.platform.control.JsonBody;

/** Administration of accounts (admin role only): list, create, disable. */
@Path("users/api/users")
// one instance for all requests: it holds no request state, and a bean made per request costs a
// CDI creation with Jersey's injection on every call
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = ApiDocs.COOKIE)
@SecurityRequirement(name = ApiDocs.BEARER)
public class AccountsResource {

    @Inject
    Accounts accounts;

    @GET
    @Operation(operationId = "listAccounts", summary = "All accounts (admin)")
    @APIResponse(responseCode = ApiDocs.OK, description = "\"Accounts available\"", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountsReply")))
    public Reply list() {
        return Reply.ok("Accounts available", accounts.all().stream().map(AccountView::of).toList());
    }

    @POST
    @Operation(operationId = "createAccount", summary = "Create an account (admin)",
            description = "\"User <email> is created\" with the account; an e-mail in use (ignoring case), a short "
                    + "password or an unknown role is refused naming it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "AccountCreation")))
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountReply")))
    public Reply create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        JsonObject json = JsonBody.object(type, body);
        Account a = accounts.create(JsonBody.requiredString(json, "email"), JsonBody.optionalString(json, "user"),
                JsonBody.requiredString(json, "password"), isAdmin(JsonBody.optionalString(json, "role")));
        return Reply.ok("User " + a.getEmail() + " is created", AccountView.of(a));
    }

    @DELETE
    @Path("{email}")
    @Operation(operationId = "disableAccount", summary = "Disable an account (admin)",
            description = "\"User <email> is disabled\": ends all its sessions and cancels its unfinished jobs; the last "
                    + "enabled administrator cannot be disabled.")
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountReply")))
    public Reply disable(@Parameter(description = "The account's e-mail") @PathParam("email") String email) {
        return Reply.ok("User " + email + " is disabled", AccountView.of(accounts.disable(email)));
    }

    private static boolean isAdmin(String role) {
        if (role == null || role.equals(Roles.USER)) {
            return false;
        }
        if (role.equals(Roles.ADMIN)) {
            return true;
        }
        throw new InvalidRequestException("Unknown role '" + role + "': use 'user' or 'admin'");
    }
}
