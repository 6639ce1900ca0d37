package org.jessserver.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Optional;
import org.jessserver.account.entity.AccountPrincipal;

/** Checks an e-mail and password through the container's identity stores. */
@ApplicationScoped
public class Credentials {

    @Inject
    IdentityStoreHandler identityStores;

    public Optional<AccountPrincipal> check(UsernamePasswordCredential credential) {
        CredentialValidationResult r = identityStores.validate(credential);
        if (r.getStatus() == CredentialValidationResult.Status.VALID
                && r.getCallerPrincipal() instanceof AccountPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }
}
