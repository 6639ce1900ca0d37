package org.jessserver.account.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jessserver.account.entity.Account;
import org.jessserver.account.entity.AccountDisabled;
import org.jessserver.account.entity.SessionToken;
import org.jessserver.platform.control.InvalidRequestException;

/** Creates, finds, edits and disables accounts. */
@Stateless
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = 8;

    @PersistenceContext(unitName = "jess")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Sessions sessions;

    @Inject
    Event<AccountDisabled> disabled;

    /** The one wall clock that every stored time is read from. */
    @Inject
    Clock clock;

    public Optional<Account> byEmail(String email) {
        // no account's address holds a NUL (EmailAddress refuses it), and PostgreSQL fails a query that carries one
        if (email == null || email.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("key", Account.keyOf(email))
                .getResultStream().findFirst();
    }

    public Account byId(long id) {
        return em.find(Account.class, id);
    }

    public List<Account> all() {
        return em.createNamedQuery(Account.ALL, Account.class).getResultList();
    }

    public long count() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
    }

    /** Creates an account; refuses an e-mail that exists in any letter case, or a weak password. */
    public Account create(String email, String nickname, String password, boolean admin) {
        EmailAddress.requireValid(email);
        requireStrong(password);
        if (nickname != null && nickname.trim().length() > AccountEdit.MAX_LENGTH) {
            throw new InvalidRequestException("Field 'user' is too long: at most " + AccountEdit.MAX_LENGTH + " characters");
        }
        if (byEmail(email).isPresent()) {
            throw new InvalidRequestException("User " + email.trim() + " already exists");
        }
        String name = nickname == null || nickname.isBlank() ? email.trim().split("@", 2)[0] : nickname.trim();
        Account a = new Account(email, name, hasher.hash(password), admin, clock.millis());
        em.persist(a);
        // flush here, so that a concurrent creation of the same e-mail fails in this call, not at commit
        em.flush();
        return a;
    }

    /**
     * Applies a user's own changes to their account, all or nothing. A new password needs the present
     * one and ends every other session of the account at once; the session that asked keeps working.
     */
    public void edit(long accountId, JsonObject body, String askingToken) {
        Account a = byId(accountId);
        AccountEdit edit = AccountEdit.parse(body, a);
        if (edit.changesPassword()) {
            if (!hasher.matches(edit.password().currentPassword(), a.getPasswordHash())) {
                throw new InvalidRequestException("Current password is wrong: the password is not changed");
            }
            a.changePassword(hasher.hash(edit.password().newPassword()));
            sessions.revokeAllBut(a, askingToken);
        }
        edit.profile().forEach(a::changeProfile);
    }

    static void requireStrong(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidRequestException("Password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    /**
     * Disables an account and ends all its sessions at once; its unfinished jobs are cancelled once this
     * commits. The last enabled administrator cannot be disabled: nobody could manage the accounts then.
     */
    public Account disable(String email) {
        Account a = byEmail(email).orElseThrow(() -> new InvalidRequestException("User " + email + " is not found"));
        if (a.isAdmin() && a.isEnabled()) {
            // the row locks make two administrators who disable each other at once wait for one another
            List<Account> admins = em.createNamedQuery(Account.ENABLED_ADMINS, Account.class)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            if (admins.size() <= 1) {
                throw new InvalidRequestException("User " + a.getEmail()
                        + " is the last administrator and cannot be disabled; make another administrator first");
            }
        }
        a.disable();
        em.createNamedQuery(SessionToken.DELETE_OF_ACCOUNT).setParameter("accountId", a.getId()).executeUpdate();
        disabled.fire(new AccountDisabled(a.getId()));
        return a;
    }
}
