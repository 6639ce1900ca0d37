package org.jessserver.platform.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a browser marked a state-changing request as coming from another site, so that a
 * page elsewhere cannot make a logged-on browser cancel, delete or log on. Clients that send neither
 * Sec-Fetch-Site nor Origin (curl, requests, the Windows client) are never refused.
 */
public final class SameOrigin {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");
    private static final int ECHO_LIMIT = 100;

    private final Optional<String> publicOrigin;

    /** With JESS_PUBLIC_URL (servers behind a proxy) its origin counts as the server's own besides the Host's. */
    public SameOrigin(Optional<String> publicUrl) {
        this.publicOrigin = publicUrl.filter(u -> !u.isBlank()).map(SameOrigin::publicOrigin);
    }

    /** Why the request is refused, or empty when it may go on; scheme and host are the request's own. */
    public Optional<String> refusal(String method, String secFetchSite, String origin, String scheme, String host) {
        if (method == null || SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (secFetchSite != null && !SAME_SITE_FETCHES.contains(secFetchSite.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("Cross-site request refused: the browser sent it from another site (Sec-Fetch-Site: "
                    + echo(secFetchSite) + ")");
        }
        if (origin != null && !isOwn(origin, scheme, host)) {
            return Optional.of("Cross-site request refused: Origin " + echo(origin) + " is not this server's");
        }
        return Optional.empty();
    }

    private boolean isOwn(String origin, String scheme, String host) {
        Optional<String> given = normalized(origin);
        if (given.isEmpty()) {
            return false; // "null" (sandboxed pages, redirects) and anything that is not scheme://host[:port]
        }
        return given.equals(publicOrigin) || given.equals(requestOrigin(scheme, host));
    }

    private static Optional<String> requestOrigin(String scheme, String host) {
        if (scheme == null || host == null || host.isBlank()) {
            return Optional.empty();
        }
        return normalized(scheme + "://" + host.trim());
    }

    private static String publicOrigin(String url) {
        try {
            URI u = new URI(url.trim());
            if (u.getScheme() == null || u.getRawAuthority() == null) {
                throw new IllegalArgumentException("jess.public.url is not a URL such as https://jess.example.org: " + url);
            }
            return normalized(u.getScheme() + "://" + u.getRawAuthority())
                    .orElseThrow(() -> new IllegalArgumentException("jess.public.url is not a URL such as https://jess.example.org: " + url));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("jess.public.url is not a URL such as https://jess.example.org: " + url, e);
        }
    }

    /** scheme://host[:port] in lower case without the scheme's default port, or empty if it is not an origin. */
    static Optional<String> normalized(String origin) {
        try {
            URI u = new URI(origin.trim());
            String scheme = u.getScheme();
            String host = u.getHost();
            boolean bare = (u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/"))
                    && u.getRawQuery() == null && u.getRawFragment() == null && u.getRawUserInfo() == null;
            if (scheme == null || host == null || !bare) {
                return Optional.empty();
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String echo(String header) {
        String s = header.length() > ECHO_LIMIT ? header.substring(0, ECHO_LIMIT) + "..." : header;
        return s.replaceAll("\\p{Cntrl}", "?");
    }
}
