package org.jessserver.job.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.jessserver.platform.boundary.Reply;
import org.jessserver.platform.control.EntityTags;

/**
 * Lets a status poll cost a 304 without a body while nothing changed: a status reply gets the tag of its job
 * status object, and a request whose If-None-Match names that tag (or {@code *}) gets 304 with the tag only.
 * A refusal carries no tag, so a job that vanishes or is not the caller's never answers 304.
 */
@Provider
@StatusTagged
public class StatusTagFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !(response.getEntity() instanceof Reply r)
                || !(r.data() instanceof JobStatusView view)) {
            return;
        }
        String tag = view.etag();
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (EntityTags.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }
}
