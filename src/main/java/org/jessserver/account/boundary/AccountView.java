package org.jessserver.account.boundary;

import static org.jessserver.account.entity.ProfileField.ADDRESS;
import static org.jessserver.account.entity.ProfileField.COMPANY;
import static org.jessserver.account.entity.ProfileField.COUNTRY;
import static org.jessserver.account.entity.ProfileField.FIRST_NAME;
import static org.jessserver.account.entity.ProfileField.LINKEDIN;
import static org.jessserver.account.entity.ProfileField.MIDDLE_NAME;
import static org.jessserver.account.entity.ProfileField.POSITION;
import static org.jessserver.account.entity.ProfileField.POSTCODE;
import static org.jessserver.account.entity.ProfileField.SURNAME;
import static org.jessserver.account.entity.ProfileField.TELEPHONE;
import static org.jessserver.account.entity.ProfileField.TITLE;
import static org.jessserver.account.entity.ProfileField.TWITTER;
import static org.jessserver.account.entity.ProfileField.WEBSITE;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.jessserver.account.entity.Account;

/** An account as clients see it, with JESS's profile field names (null where unset): never its password hash. */
// JSON-B 3 orders by the Java names, not the JSON ones
@JsonbPropertyOrder({"id", "email", "user", "role", "enabled", "created", "title", "firstName", "middleName", "surname",
        "nickname", "position", "company", "telephone", "address", "postcode", "country", "website", "twitter", "linkedin"})
public record AccountView(long id, String email, String user, String role, boolean enabled, long created,
                          String title,
                          // a renamed field needs its own @JsonbNillable: @JsonbProperty alone drops its nulls
                          @JsonbProperty("firstname") @JsonbNillable String firstName,
                          @JsonbProperty("middlename") @JsonbNillable String middleName,
                          String surname,
                          // the same value as user: JESS's clients read one or the other
                          String nickname,
                          String position,
                          String company,
                          @JsonbProperty("tel") @JsonbNillable String telephone,
                          String address,
                          String postcode,
                          String country,
                          String website,
                          String twitter,
                          String linkedin) {

    static AccountView of(Account a) {
        return new AccountView(a.getId(), a.getEmail(), a.getNickname(), a.role(), a.isEnabled(), a.getCreated(),
                a.profile(TITLE), a.profile(FIRST_NAME), a.profile(MIDDLE_NAME), a.profile(SURNAME), a.getNickname(),
                a.profile(POSITION), a.profile(COMPANY), a.profile(TELEPHONE), a.profile(ADDRESS), a.profile(POSTCODE),
                a.profile(COUNTRY), a.profile(WEBSITE), a.profile(TWITTER), a.profile(LINKEDIN));
    }
}
