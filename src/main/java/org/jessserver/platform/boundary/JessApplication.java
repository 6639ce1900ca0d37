package org.jessserver.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The one JAX-RS application; resources carry their full paths under /users/api and /jess_web/api. */
@ApplicationPath("")
@DeclareRoles({Roles.USER, Roles.ADMIN})
public class JessApplication extends Application {
}
