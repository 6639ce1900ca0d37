package org.jessserver.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives every refused POST /jess_web/api/job "data":0, whichever part refused it: the resource, an
 * exception mapper (bad multipart, wrong content type, a size limit while streaming) or a command.
 */
@Provider
public class SubmissionRefusalFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Reply r && !r.ok() && r.data() == null
                && SubmissionRefusal.applies(request.getMethod(), request.getUriInfo().getPath())) {
            response.setEntity(new Reply(false, r.status(), SubmissionRefusal.DATA));
        }
    }
}
