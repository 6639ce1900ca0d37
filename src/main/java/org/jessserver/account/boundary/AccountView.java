package org.jessserver.account.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.jessserver.account.entity.Account;

/** An account as clients see it: never its password hash. */
@JsonbPropertyOrder({"id", "email", "user", "role", "enabled", "created"})
public record AccountView(long id, String email, String user, String role, boolean enabled, long created) {

    static AccountView of(Account a) {
        return new AccountView(a.getId(), a.getEmail(), a.getNickname(), a.role(), a.isEnabled(), a.getCreated());
    }
}
