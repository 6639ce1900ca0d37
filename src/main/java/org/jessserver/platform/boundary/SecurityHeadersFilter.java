package org.jessserver.platform.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every reply of the application, error pages included (hence the ERROR dispatch): browsers
 * must not guess a type other than the one sent, and no cache may keep a reply, which names the caller's
 * jobs, files or account; a resource may still set its own Cache-Control afterwards.
 */
// asyncSupported: log-on answers asynchronously, and every filter on its way must allow that
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR}, asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    /** Status polls may be revalidated (ETags) but only by the caller's own browser. */
    static final String STATUS_CACHE = "private, no-cache";
    static final String NO_STORE = "no-store";
    private static final String STATUS_PATH = "/jess_web/api/job/status/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", isStatusPoll(request) ? STATUS_CACHE : NO_STORE);
        chain.doFilter(request, response);
    }

    private static boolean isStatusPoll(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getDispatcherType() == DispatcherType.REQUEST
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && path.startsWith(STATUS_PATH);
    }
}
