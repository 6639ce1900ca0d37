package org.jessserver.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.jessserver.account.entity.AccountPrincipal;

/** The account the container logged on for the current request (the security context knows which request). */
@ApplicationScoped
public class Caller {

    @Inject
    SecurityContext security;

    public AccountPrincipal principal() {
        return security.getPrincipalsByType(AccountPrincipal.class).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no account logged on for this request"));
    }
}
