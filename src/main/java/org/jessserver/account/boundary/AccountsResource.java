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
import org.jessserver.account.control.Accounts;
import org.jessserver.account.entity.Account;
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
public class AccountsResource {

    @Inject
    Accounts accounts;

    @GET
    public Reply list() {
        return Reply.ok("Accounts available", accounts.all().stream().map(AccountView::of).toList());
    }

    @POST
    public Reply create(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        JsonObject json = JsonBody.object(type, body);
        Account a = accounts.create(JsonBody.requiredString(json, "email"), JsonBody.optionalString(json, "user"),
                JsonBody.requiredString(json, "password"), isAdmin(JsonBody.optionalString(json, "role")));
        return Reply.ok("User " + a.getEmail() + " is created", AccountView.of(a));
    }

    @DELETE
    @Path("{email}")
    public Reply disable(@PathParam("email") String email) {
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
