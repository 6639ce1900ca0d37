package org.jessserver.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A log-on session, stored as the SHA-256 digest of its token, valid until it expires or is deleted. */
@Entity
@Table(name = "session_token")
@NamedQuery(name = SessionToken.DELETE_OF_ACCOUNT,
        query = "delete from SessionToken s where s.account.id = :accountId")
@NamedQuery(name = SessionToken.DELETE_OTHERS_OF_ACCOUNT,
        query = "delete from SessionToken s where s.account.id = :accountId and s.tokenHash <> :kept")
@NamedQuery(name = SessionToken.DELETE_EXPIRED, query = "delete from SessionToken s where s.expiresAt < :now")
// the same rule as isExpiredAt and Account.isEnabled, for the check on every request
@NamedQuery(name = SessionToken.LIVE_CALLER, query = "select a.id, a.email, a.nickname, a.admin from SessionToken s"
        + " join s.account a where s.tokenHash = :hash and s.expiresAt > :now and a.enabled = true")
// live streams check all their sessions at once, by digest
@NamedQuery(name = SessionToken.LIVE_AMONG, query = "select s.tokenHash from SessionToken s join s.account a"
        + " where s.tokenHash in :hashes and s.expiresAt > :now and a.enabled = true")
public class SessionToken {

    public static final String LIVE_AMONG = "SessionToken.liveAmong";
    public static final String DELETE_OF_ACCOUNT = "SessionToken.deleteOfAccount";
    public static final String DELETE_OTHERS_OF_ACCOUNT = "SessionToken.deleteOthersOfAccount";
    public static final String DELETE_EXPIRED = "SessionToken.deleteExpired";
    public static final String LIVE_CALLER = "SessionToken.liveCaller";

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private long created;

    @Column(name = "expires_at")
    private long expiresAt;

    protected SessionToken() {
    }

    public SessionToken(String tokenHash, Account account, long created, long expiresAt) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.created = created;
        this.expiresAt = expiresAt;
    }

    public Account getAccount() {
        return account;
    }

    public long getExpiresAt() {
        return expiresAt;
    }

    public boolean isExpiredAt(long now) {
        return now >= expiresAt;
    }

    /** Lets a replaced token finish in-flight requests, but not outlive the given moment. */
    public void expireNoLaterThan(long moment) {
        expiresAt = Math.min(expiresAt, moment);
    }
}
