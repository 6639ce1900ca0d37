package org.jessserver.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The one JAX-RS application; resources carry their full paths under /users/api and /jess_web/api. */
@ApplicationPath("")
@DeclareRoles({Roles.USER, Roles.ADMIN})
public class JessApplication extends Application {

    /** No WADL: it would answer OPTIONS and /application.wadl with the names and versions of our libraries. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
