package org.jessserver.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may read /metrics: an administrator's session, or a scraper that sends {@code Authorization: Bearer} with the
 * metrics token (JESS_METRICS_TOKEN; none by default, so only administrators). The token is compared in constant time.
 */
@ApplicationScoped
public class MetricsAccess {

    /** What the rule decides. */
    public enum Verdict { ALLOWED, NOT_LOGGED_ON, NOT_ADMIN }

    private static final String BEARER = "bearer ";

    @Inject
    @ConfigProperty(name = "jess.metrics.token")
    Optional<String> token;

    public MetricsAccess() {
    }

    MetricsAccess(String token) {
        this.token = Optional.ofNullable(token);
    }

    /** The verdict for a caller who is logged on or not, as an administrator or not, with this Authorization header. */
    public Verdict of(boolean loggedOn, boolean admin, String authorization) {
        if (admin || bearerMatches(authorization)) {
            return Verdict.ALLOWED;
        }
        return loggedOn ? Verdict.NOT_ADMIN : Verdict.NOT_LOGGED_ON;
    }

    private boolean bearerMatches(String authorization) {
        String expected = token.map(String::trim).orElse("");
        if (expected.isEmpty() || authorization == null
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        // digests of equal length, compared without an early exit: the time says nothing about the token
        return MessageDigest.isEqual(digest(authorization.substring(BEARER.length()).trim()), digest(expected));
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
