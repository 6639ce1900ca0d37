package org.jessserver.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Keeps a ';' in a path as part of the name. JAX-RS reads it as the start of matrix parameters, which
 * this API does not use, and drops the rest of the segment: job/status/1;2 would be job 1, and a
 * result file a;b.csv would be a. Escaped before matching, the segment reaches the resource whole,
 * so "1;2" is refused as the job id it is.
 */
@Provider
@PreMatching
public class PathSemicolonFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        if (path != null && path.indexOf(';') >= 0) {
            request.setRequestUri(escaped(uri, path));
        }
    }

    static URI escaped(URI uri, String path) {
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        try {
            return new URI(uri.getScheme() + "://" + uri.getRawAuthority() + path.replace(";", "%3B") + query);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a valid URI stays valid with ';' escaped: " + uri, e);
        }
    }
}
