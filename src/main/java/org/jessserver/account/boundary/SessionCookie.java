package org.jessserver.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jessserver.platform.control.Settings;

/** Writes the Set-Cookie header of the session: HttpOnly, SameSite=Lax, Path=/, Secure when configured. */
@ApplicationScoped
class SessionCookie {

    @Inject
    Settings settings;

    String set(String token) {
        return header(token, settings.sessionLifetime().toSeconds());
    }

    String clear() {
        return header("", 0);
    }

    private String header(String value, long maxAge) {
        return SessionTokenReader.COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Lax"
                + (settings.cookieSecure() ? "; Secure" : "");
    }
}
