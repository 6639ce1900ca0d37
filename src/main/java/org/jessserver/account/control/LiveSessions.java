package org.jessserver.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.jessserver.account.entity.AccountPrincipal;
import org.jessserver.account.entity.SessionToken;

/**
 * Checks a session token on every request: one read by primary key, on every instance, so a log-off
 * anywhere counts at once. A plain CDI bean without a transaction: this runs before every call.
 */
@ApplicationScoped
public class LiveSessions {

    @PersistenceContext(unitName = "jess")
    EntityManager em;

    /** The caller of a live session, or empty when the token is unknown, revoked, expired or its account disabled. */
    public Optional<AccountPrincipal> caller(String token) {
        return live(em, token).map(s -> AccountPrincipal.of(s.getAccount()));
    }

    /** The session of a token if it is live: well formed, known, not expired, its account enabled. */
    static Optional<SessionToken> live(EntityManager em, String token) {
        if (!TokenCodec.wellFormed(token)) {
            return Optional.empty();
        }
        SessionToken s = em.find(SessionToken.class, TokenCodec.digest(token));
        if (s == null || s.isExpiredAt(System.currentTimeMillis()) || !s.getAccount().isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(s);
    }
}
