package org.jessserver.job.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jessserver.platform.boundary.VersionInfo;

/** GET /jess_web/api/info: the JESS API's bare version object, no log-on needed. */
@Path("jess_web/api/info")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JessInfoResource {

    @GET
    public VersionInfo info() {
        return VersionInfo.jessApi();
    }
}
