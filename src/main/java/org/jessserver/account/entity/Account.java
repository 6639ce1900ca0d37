package org.jessserver.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/** A user of the server: e-mail (unique ignoring case), nickname, salted password hash, roles. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.emailKey = :key")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.id")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String ALL = "Account.all";
    public static final String COUNT = "Account.count";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accountSeq")
    @SequenceGenerator(name = "accountSeq", sequenceName = "account_seq", allocationSize = 1)
    private Long id;

    private String email;

    @Column(name = "email_key")
    private String emailKey;

    private String nickname;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "is_admin")
    private boolean admin;

    private boolean enabled;

    private long created;

    protected Account() {
    }

    public Account(String email, String nickname, String passwordHash, boolean admin, long created) {
        this.email = email.trim();
        this.emailKey = keyOf(email);
        this.nickname = nickname;
        this.passwordHash = passwordHash;
        this.admin = admin;
        this.enabled = true;
        this.created = created;
    }

    /** The form in which e-mail addresses are compared: trimmed and lower-cased. */
    public static String keyOf(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getNickname() {
        return nickname;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getCreated() {
        return created;
    }

    public String role() {
        return admin ? "admin" : "user";
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }
}
