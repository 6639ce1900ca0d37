package org.jessserver.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jessserver.platform.control.TrustedProxies;

/** The address a request came from, through the proxies of JESS_TRUSTED_PROXIES and no others. */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "jess.trusted.proxies")
    Optional<String> trustedProxies;

    private TrustedProxies proxies;

    @PostConstruct
    void read() {
        proxies = TrustedProxies.parse(trustedProxies.orElse(""));
    }

    /** Read at start-up, so that a setting that names no address stops the deployment instead of a log-on. */
    void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
        proxies.isEmpty();
    }

    public String of(HttpServletRequest request) {
        return proxies.clientOf(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }
}
