package org.jessserver.account.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the session tokens a request offers: session_token cookies in every form clients send
 * (one pair; pairs separated by ';'; the Windows client's "session_token=K, session_token=K"; several
 * Cookie lines), then an Authorization: Bearer header. The one that logged the caller on is remembered.
 */
final class SessionTokenReader {

    static final String COOKIE = "session_token";
    private static final String BEARER = "bearer ";
    private static final String LIVE = SessionTokenReader.class.getName() + ".live";

    /** More candidates than any client sends; each costs a look-up, so a request cannot ask for many. */
    static final int MAX_CANDIDATES = 4;

    private SessionTokenReader() {
    }

    /** The distinct tokens of the request, in the order they appear, at most {@link #MAX_CANDIDATES}. */
    static List<String> candidates(HttpServletRequest request) {
        List<String> out = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("Cookie"))) {
            cookieValues(header, out);
        }
        String auth = request.getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            add(out, auth.substring(BEARER.length()));
        }
        return out.size() <= MAX_CANDIDATES ? out : out.subList(0, MAX_CANDIDATES);
    }

    /** The session_token values of one Cookie header, whose pairs may be separated by ';' or ','. */
    static void cookieValues(String header, List<String> out) {
        for (String pair : header.split("[;,]")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().equals(COOKIE)) {
                add(out, unquote(pair.substring(eq + 1).trim()));
            }
        }
    }

    /** Remembers the token that logged this request's caller on, for check-in and log-off. */
    static void remember(HttpServletRequest request, String token) {
        request.setAttribute(LIVE, token);
    }

    /** The token that logged the caller on, else the first one offered; null when there is none. */
    static String read(HttpServletRequest request) {
        Object live = request.getAttribute(LIVE);
        if (live instanceof String s) {
            return s;
        }
        List<String> all = candidates(request);
        return all.isEmpty() ? null : all.get(0);
    }

    private static void add(List<String> out, String token) {
        String t = token.trim();
        if (!t.isEmpty() && !out.contains(t)) {
            out.add(t);
        }
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
