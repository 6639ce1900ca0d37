package org.jessserver.account.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jessserver.account.entity.Account;
import org.jessserver.account.entity.SessionToken;
import org.jessserver.platform.control.Settings;

/** Issues, checks, renews and revokes session tokens; the database is the only record, shared by all instances. */
@Stateless
public class Sessions {

    /** How long a token replaced by check-in keeps working, for requests already on their way. */
    static final Duration RENEWAL_GRACE = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "jess")
    EntityManager em;

    @Inject
    Settings settings;

    /** Whether a token has expired, and when a new one will, is read from it. */
    @Inject
    Clock clock;

    /** Starts a session for the account and returns its token (only the digest is stored). */
    public String issue(Account account) {
        long now = clock.millis();
        String token = TokenCodec.newToken();
        em.persist(new SessionToken(TokenCodec.digest(token), em.merge(account), now,
                now + settings.sessionLifetime().toMillis()));
        em.createNamedQuery(SessionToken.DELETE_EXPIRED).setParameter("now", now).executeUpdate();
        return token;
    }

    /** Why a token is not accepted, in words for the client. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String problemWith(String token) {
        if (!TokenCodec.wellFormed(token)) {
            return "Session token is malformed";
        }
        SessionToken s = em.find(SessionToken.class, TokenCodec.digest(token));
        if (s == null) {
            return "Session token is not valid (unknown, tampered with or logged out)";
        }
        if (s.isExpiredAt(clock.millis())) {
            return "Session token has expired: log on again";
        }
        return "Account is disabled";
    }

    /** Replaces a live session by a new one with a fresh lifetime; the old token fades out after a short grace. */
    public Optional<String> renew(String token) {
        long now = clock.millis();
        return LiveSessions.live(em, token, now).map(old -> {
            old.expireNoLaterThan(now + RENEWAL_GRACE.toMillis());
            return issue(old.getAccount());
        });
    }

    /** Ends every session of the account but the given one, at once, on every instance. */
    public void revokeAllBut(Account account, String keptToken) {
        // a token that cannot be stored keeps nothing: every session of the account ends
        String kept = TokenCodec.wellFormed(keptToken) ? TokenCodec.digest(keptToken) : "";
        em.createNamedQuery(SessionToken.DELETE_OTHERS_OF_ACCOUNT)
                .setParameter("accountId", account.getId()).setParameter("kept", kept).executeUpdate();
    }

    /** Ends the session at once, on every instance. */
    public void revoke(String token) {
        if (TokenCodec.wellFormed(token)) {
            SessionToken s = em.find(SessionToken.class, TokenCodec.digest(token));
            if (s != null) {
                em.remove(s);
            }
        }
    }
}
