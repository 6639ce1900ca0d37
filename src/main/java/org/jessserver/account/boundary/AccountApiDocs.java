package org.jessserver.account.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schemas of the Users API's bodies and replies for /openapi: documentation only, never instantiated. */
final class AccountApiDocs {

    static final String LOGGED_IN = "{\"ok\":true,\"status\":\"Logged in successfully!\",\"jwt\":\"Session token in "
            + "cookie\",\"user\":\"ada\",\"role\":\"user\",\"email\":\"ada@example.org\"}";
    static final String NO_MATCH = "{\"ok\":false,\"status\":\"No matching username and password pair was found!\","
            + "\"jwt\":null,\"user\":null,\"role\":null,\"email\":null}";
    static final String RENEWED = "{\"ok\":true,\"status\":\"Session renewed successfully!\",\"jwt\":\"Session key "
            + "cookie\",\"user\":\"ada\",\"role\":\"user\",\"email\":\"ada@example.org\"}";
    static final String LOGGED_OUT = "{\"ok\":true,\"status\":\"Logged out successfully!\",\"jwt\":\"Session token "
            + "cleared\",\"user\":null,\"role\":null,\"email\":null}";
    static final String CONFIRMED = "{\"ok\":true,\"status\":\"User credential confirmed!\",\"jwt\":\"Session token in "
            + "cookie\",\"user\":\"ada\",\"role\":\"user\",\"email\":\"ada@example.org\"}";
    static final String MISMATCH = "{\"ok\":false,\"status\":\"User does not match the existing session\",\"jwt\":null,"
            + "\"user\":null,\"role\":null,\"email\":null}";
    static final String ACCOUNT = "{\"ok\":true,\"status\":\"User's account detailes included.\",\"data\":{\"id\":2,"
            + "\"email\":\"ada@example.org\",\"user\":\"ada\",\"role\":\"user\",\"enabled\":true,\"created\":1764547200000,"
            + "\"title\":null,\"firstname\":\"Ada\",\"middlename\":null,\"surname\":\"Lovelace\",\"nickname\":\"ada\","
            + "\"position\":null,\"company\":null,\"tel\":null,\"address\":null,\"postcode\":null,\"country\":null,"
            + "\"website\":null,\"twitter\":null,\"linkedin\":null}}";
    static final String UPDATED = "{\"ok\":true,\"status\":\"Account details updated successfully!\",\"data\":null}";
    static final String SET_COOKIE = "session_token=<token>; Path=/; HttpOnly; SameSite=Lax (and Secure behind HTTPS)";

    private AccountApiDocs() {
    }

    @Schema(name = "Credentials", requiredProperties = {"email", "password"})
    static final class Credentials {
        @Schema(example = "ada@example.org")
        public String email;
        @Schema(format = "password")
        public String password;
    }

    @Schema(name = "AccountReply", description = "The account; a refusal: ok:false, data:null",
            requiredProperties = {"ok", "status", "data"})
    static final class One {
        public boolean ok;
        public String status;
        @Schema(ref = "Account", nullable = true)
        public Account data;
    }

    @Schema(name = "AccountsReply", description = "Every account", requiredProperties = {"ok", "status", "data"})
    static final class Many {
        public boolean ok;
        public String status;
        @Schema(type = SchemaType.ARRAY, implementation = Account.class, nullable = true)
        public List<Account> data;
    }

    /** AuthReply as JSON: not JESS's data envelope. */
    @Schema(name = "AuthReply", description = "The reply of log-on, check-in, log-off and confirm (no data envelope); a malformed request is "
            + "refused with the envelope {ok:false, status, data:null}",
            requiredProperties = {"ok", "status"})
    static final class Auth {
        public boolean ok;
        @Schema(description = "\"Logged in successfully!\", \"Session renewed successfully!\", \"Logged out successfully!\", "
                + "\"User credential confirmed!\", \"No matching username and password pair was found!\", \"User does "
                + "not match the existing session\", \"Too many failed log-ons; try again in <n> s\", \"Server busy; try "
                + "again\", or what is wrong with the request")
        public String status;
        @Schema(nullable = true, description = "\"Session token in cookie\", \"Session key cookie\", \"Session token "
                + "cleared\"; the token itself is only in Set-Cookie")
        public String jwt;
        @Schema(nullable = true, description = "The nickname")
        public String user;
        @Schema(nullable = true, enumeration = {"user", "admin"})
        public String role;
        @Schema(nullable = true)
        public String email;
        @Schema(nullable = true, description = "Only in a refusal of a malformed request (the envelope): null")
        public Object data;
    }

    /** AccountView as JSON. */
    @Schema(name = "Account", description = "An account with JESS's profile fields (null until set); never its password",
            requiredProperties = {"id", "email", "user", "role", "enabled", "created", "title", "firstname", "middlename",
                    "surname", "nickname", "position", "company", "tel", "address", "postcode", "country", "website",
                    "twitter", "linkedin"})
    static final class Account {
        public long id;
        public String email;
        @Schema(description = "The nickname")
        public String user;
        @Schema(enumeration = {"user", "admin"})
        public String role;
        public boolean enabled;
        @Schema(description = "Epoch ms")
        public long created;
        @Schema(nullable = true)
        public String title;
        @Schema(nullable = true)
        public String firstname;
        @Schema(nullable = true)
        public String middlename;
        @Schema(nullable = true)
        public String surname;
        @Schema(nullable = true, description = "The same value as user")
        public String nickname;
        @Schema(nullable = true)
        public String position;
        @Schema(nullable = true)
        public String company;
        @Schema(nullable = true)
        public String tel;
        @Schema(nullable = true)
        public String address;
        @Schema(nullable = true)
        public String postcode;
        @Schema(nullable = true)
        public String country;
        @Schema(nullable = true)
        public String website;
        @Schema(nullable = true)
        public String twitter;
        @Schema(nullable = true)
        public String linkedin;
    }

    @Schema(name = "AccountEdit", description = "Any subset of the profile fields (strings of at most 200 characters; "
            + "absent or null leaves a field as it is, \"\" clears it). email and role are refused unless unchanged. "
            + "A password change is {\"password\":\"<new>\",\"current_password\":\"<old>\"}: it keeps this session "
            + "and ends the user's other sessions.")
    static final class Edit {
        @Schema(maxLength = 200)
        public String title;
        @Schema(maxLength = 200)
        public String firstname;
        @Schema(maxLength = 200)
        public String middlename;
        @Schema(maxLength = 200)
        public String surname;
        @Schema(maxLength = 200, description = "Also accepted as user")
        public String nickname;
        @Schema(maxLength = 200)
        public String position;
        @Schema(maxLength = 200)
        public String company;
        @Schema(maxLength = 200)
        public String tel;
        @Schema(maxLength = 200)
        public String address;
        @Schema(maxLength = 200)
        public String postcode;
        @Schema(maxLength = 200)
        public String country;
        @Schema(maxLength = 200)
        public String website;
        @Schema(maxLength = 200)
        public String twitter;
        @Schema(maxLength = 200)
        public String linkedin;
        @Schema(format = "password", minLength = 8, description = "A new password; needs current_password")
        public String password;
        @Schema(format = "password", description = "The current password, for a password change")
        public String current_password;
    }

    @Schema(name = "AccountCreation", requiredProperties = {"email", "password"})
    static final class Creation {
        @Schema(description = "Unique, ignoring case", example = "ada@example.org")
        public String email;
        @Schema(format = "password", minLength = 8)
        public String password;
        @Schema(description = "The nickname")
        public String user;
        @Schema(enumeration = {"user", "admin"}, defaultValue = "user")
        public String role;
    }
}
