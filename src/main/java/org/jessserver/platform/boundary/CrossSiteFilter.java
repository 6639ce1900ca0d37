package org.jessserver.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The cross-site check for every request that reaches the application; the security mechanism makes
 * the same check first, so this one covers whatever the container lets through without it.
 */
@WebFilter(filterName = "CrossSiteFilter", urlPatterns = "/*")
public class CrossSiteFilter extends HttpFilter {

    @Inject
    CrossSiteGuard guard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!guard.refused(request, response)) {
            chain.doFilter(request, response);
        }
    }
}
