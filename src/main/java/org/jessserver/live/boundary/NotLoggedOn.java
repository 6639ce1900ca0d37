package org.jessserver.live.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;
import org.jessserver.platform.boundary.Roles;

/** Where an anonymous stream call is led: its role check refuses it (401) as the container refuses any call. */
public class NotLoggedOn {

    @GET
    @RolesAllowed(Roles.USER)
    public Response get() {
        // not reached: the role check answers first; should it not, the call is refused all the same
        return Response.status(Response.Status.UNAUTHORIZED).build();
    }
}
