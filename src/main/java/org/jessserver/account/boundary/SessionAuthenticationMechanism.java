package org.jessserver.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jessserver.account.control.Sessions;
import org.jessserver.account.control.TokenCredential;
import org.jessserver.platform.boundary.CrossSiteGuard;
import org.jessserver.platform.boundary.ErrorTexts;

/**
 * The container's authentication mechanism: a live session token logs the caller on for this one
 * request (no HTTP session); a call to a protected resource without one is answered 401 by the
 * container, whose JSON error page then says why. A state-changing request that a browser marked as
 * cross-site is refused here, before anything else: the mechanism runs ahead of every servlet filter.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Sessions sessions;

    @Inject
    CrossSiteGuard crossSite;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        try {
            if (crossSite.refused(request, response)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        List<String> tokens = SessionTokenReader.candidates(request);
        if (!tokens.isEmpty() && request.getAttribute(ErrorTexts.AUTH_PROBLEM) == null) {
            for (String token : tokens) {
                CredentialValidationResult result = identityStores.validate(new TokenCredential(token));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    SessionTokenReader.remember(request, token);
                    return context.notifyContainerAboutLogin(result);
                }
            }
            // remembered, so the second call for a protected resource neither looks it up again nor guesses why
            request.setAttribute(ErrorTexts.AUTH_PROBLEM, sessions.problemWith(tokens.get(0)));
        }
        if (context.isProtected()) {
            if (request.getAttribute(ErrorTexts.AUTH_PROBLEM) == null) {
                request.setAttribute(ErrorTexts.AUTH_PROBLEM,
                        "Not logged on: send the session_token cookie from /users/api/auth");
            }
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }
}
