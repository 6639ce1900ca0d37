package org.jessserver.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import org.jessserver.account.entity.Account;
import org.jessserver.account.entity.AccountPrincipal;

/** Identity store for e-mail and password: checks the salted PBKDF2 hash of an enabled account. */
@ApplicationScoped
public class PasswordIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String password = up.getPasswordAsString();
        Optional<Account> account = accounts.byEmail(up.getCaller()).filter(Account::isEnabled);
        if (account.isEmpty()) {
            hasher.spendCheckTime(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account a = account.get();
        if (!hasher.matches(password, a.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        AccountPrincipal p = AccountPrincipal.of(a);
        return new CredentialValidationResult(p, TokenIdentityStore.Groups.of(p));
    }

    @Override
    public int priority() {
        return 20;
    }
}
