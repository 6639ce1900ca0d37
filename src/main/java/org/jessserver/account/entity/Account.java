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

/** A user of the server: e-mail (unique ignoring case), nickname, salted password hash, roles, JESS profile. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.emailKey = :key")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.id")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
@NamedQuery(name = Account.ENABLED_ADMINS, query = "select a from Account a where a.admin = true and a.enabled = true")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String ALL = "Account.all";
    public static final String COUNT = "Account.count";
    public static final String ENABLED_ADMINS = "Account.enabledAdmins";

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

    // the JESS profile: free text the user edits, null until first set
    private String title;

    @Column(name = "firstname")
    private String firstName;

    @Column(name = "middlename")
    private String middleName;

    private String surname;

    private String position;

    private String company;

    @Column(name = "tel")
    private String telephone;

    private String address;

    private String postcode;

    private String country;

    private String website;

    private String twitter;

    private String linkedin;

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

    public String profile(ProfileField field) {
        return switch (field) {
            case TITLE -> title;
            case FIRST_NAME -> firstName;
            case MIDDLE_NAME -> middleName;
            case SURNAME -> surname;
            case NICKNAME -> nickname;
            case POSITION -> position;
            case COMPANY -> company;
            case TELEPHONE -> telephone;
            case ADDRESS -> address;
            case POSTCODE -> postcode;
            case COUNTRY -> country;
            case WEBSITE -> website;
            case TWITTER -> twitter;
            case LINKEDIN -> linkedin;
        };
    }

    public void changeProfile(ProfileField field, String value) {
        switch (field) {
            case TITLE -> title = value;
            case FIRST_NAME -> firstName = value;
            case MIDDLE_NAME -> middleName = value;
            case SURNAME -> surname = value;
            case NICKNAME -> nickname = value;
            case POSITION -> position = value;
            case COMPANY -> company = value;
            case TELEPHONE -> telephone = value;
            case ADDRESS -> address = value;
            case POSTCODE -> postcode = value;
            case COUNTRY -> country = value;
            case WEBSITE -> website = value;
            case TWITTER -> twitter = value;
            case LINKEDIN -> linkedin = value;
        }
    }
}
