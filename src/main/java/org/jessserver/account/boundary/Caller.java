package org.jessserver.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.jessserver.account.entity.AccountPrincipal;

/** The account the container logged on for the current request (the security context knows which request). */
@ApplicationScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    /** Whether an account is logged on for this request (a sub-resource locator runs before roles are checked). */
    public boolean loggedOn() {
        return !security.getPrincipalsByType(AccountPrincipal.class).isEmpty();
    }

    public AccountPrincipal principal() {
        return security.getPrincipalsByType(AccountPrincipal.class).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no account logged on for this request"));
    }

    /** The session token that logged the caller on: a long-lived stream ends when that session does. */
    public String sessionToken() {
        return SessionTokenReader.read(request);
    }
}
