package org.jessserver.account.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.jessserver.account.control.LogonOutcome;
import org.jessserver.account.entity.AccountPrincipal;

/** The reply of log-on, check-in, log-off and confirm, with JESS's exact texts. */
@JsonbPropertyOrder({"ok", "status", "jwt", "user", "role", "email"})
public record AuthReply(boolean ok, String status, String jwt, String user, String role, String email) {

    static AuthReply loggedIn(AccountPrincipal p) {
        return of("Logged in successfully!", "Session token in cookie", p);
    }

    static AuthReply renewed(AccountPrincipal p) {
        return of("Session renewed successfully!", "Session key cookie", p);
    }

    static AuthReply confirmed(AccountPrincipal p) {
        return of("User credential confirmed!", "Session token in cookie", p);
    }

    static AuthReply loggedOut() {
        return new AuthReply(true, "Logged out successfully!", "Session token cleared", null, null, null);
    }

    static AuthReply noMatch() {
        return new AuthReply(false, "No matching username and password pair was found!", null, null, null, null);
    }

    /** A refused log-on: throttled, the server busy, or no such pair. */
    static AuthReply refused(LogonOutcome outcome) {
        if (outcome.isThrottled()) {
            return failure("Too many failed log-ons; try again in " + outcome.throttledSeconds() + " s");
        }
        return outcome.busy() ? failure("Server busy; try again") : noMatch();
    }

    static AuthReply mismatch() {
        return new AuthReply(false, "User does not match the existing session", null, null, null, null);
    }

    private static AuthReply failure(String status) {
        return new AuthReply(false, status, null, null, null, null);
    }

    private static AuthReply of(String status, String jwt, AccountPrincipal p) {
        return new AuthReply(true, status, jwt, p.nickname(), p.role(), p.email());
    }
}
