package org.jessserver.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.jessserver.account.entity.AccountPrincipal;

/** Identity store for session tokens: a live token yields its account and the account's groups. */
@ApplicationScoped
public class TokenIdentityStore implements IdentityStore {

    @Inject
    LiveSessions sessions;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof TokenCredential tc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return sessions.caller(tc.token())
                .map(p -> new CredentialValidationResult(p, Groups.of(p)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public int priority() {
        return 10;
    }

    /** The groups (one per role) that an account belongs to. */
    static final class Groups {
        private Groups() {
        }

        static Set<String> of(AccountPrincipal p) {
            return p.admin() ? Set.of("user", "admin") : Set.of("user");
        }
    }
}
