package org.jessserver.account.entity;

import jakarta.security.enterprise.CallerPrincipal;

/** The logged-on caller as the container knows it: name is the canonical e-mail; carries the account id. */
public class AccountPrincipal extends CallerPrincipal {

    private final long accountId;
    private final String email;
    private final String nickname;
    private final boolean admin;

    public AccountPrincipal(long accountId, String email, String nickname, boolean admin) {
        super(Account.keyOf(email));
        this.accountId = accountId;
        this.email = email;
        this.nickname = nickname;
        this.admin = admin;
    }

    public static AccountPrincipal of(Account a) {
        return new AccountPrincipal(a.getId(), a.getEmail(), a.getNickname(), a.isAdmin());
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public String nickname() {
        return nickname;
    }

    public boolean admin() {
        return admin;
    }

    public String role() {
        return admin ? "admin" : "user";
    }
}
