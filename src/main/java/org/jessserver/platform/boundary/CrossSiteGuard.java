package org.jessserver.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jessserver.platform.control.SameOrigin;
import org.jessserver.platform.control.Settings;

/**
 * Refuses a state-changing request that a browser marked as cross-site with a 403 JSON envelope; used by
 * the security mechanism, which the container calls for every request of the application, before any
 * filter or resource.
 */
@ApplicationScoped
public class CrossSiteGuard {

    @Inject
    Settings settings;

    private SameOrigin sameOrigin;

    @PostConstruct
    void read() {
        sameOrigin = new SameOrigin(settings.publicUrl());
    }

    /** True when the request is refused; the 403 has then been sent (the error page writes its body). */
    public boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> why = sameOrigin.refusal(request.getMethod(), request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"), request.getScheme(), request.getHeader("Host"));
        if (why.isEmpty()) {
            return false;
        }
        request.setAttribute(ErrorTexts.REFUSAL, why.get());
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return true;
    }
}
