package org.jessserver.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** Whether a session has expired is read from it. */
    @Inject
    Clock clock;

    /**
     * The caller of a live session, or empty when the token is unknown, revoked, expired or its account disabled.
     * One query by primary key that joins the account and reads only the caller's fields: no entities are built,
     * since this runs on every request that carries a token.
     */
    public Optional<AccountPrincipal> caller(String token) {
        if (!TokenCodec.wellFormed(token)) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNamedQuery(SessionToken.LIVE_CALLER, Object[].class)
                .setParameter("hash", TokenCodec.digest(token)).setParameter("now", clock.millis())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new AccountPrincipal((Long) r[0], (String) r[1], (String) r[2], (Boolean) r[3]));
    }

    /** The key under which a session is checked in bulk ({@link #liveAmong}): the token's digest, not the token. */
    public static String sessionKey(String token) {
        return TokenCodec.digest(token);
    }

    /** How many sessions one bulk check names. */
    private static final int CHUNK = 500;

    /** The keys among these whose sessions are live now: long-lived streams check their sessions this way, in bulk. */
    public Set<String> liveAmong(Collection<String> keys) {
        List<String> all = List.copyOf(keys);
        Set<String> live = new HashSet<>();
        long now = clock.millis();
        for (int from = 0; from < all.size(); from += CHUNK) {
            live.addAll(em.createNamedQuery(SessionToken.LIVE_AMONG, String.class)
                    .setParameter("hashes", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .setParameter("now", now).getResultList());
        }
        return live;
    }

    /** The session of a token if it is live at {@code now}: well formed, known, not expired, its account enabled. */
    static Optional<SessionToken> live(EntityManager em, String token, long now) {
        if (!TokenCodec.wellFormed(token)) {
            return Optional.empty();
        }
        SessionToken s = em.find(SessionToken.class, TokenCodec.digest(token));
        if (s == null || s.isExpiredAt(now) || !s.getAccount().isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(s);
    }
}
