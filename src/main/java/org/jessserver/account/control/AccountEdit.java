package org.jessserver.account.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jessserver.account.entity.Account;
import org.jessserver.account.entity.ProfileField;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * What a user asks to change in their own account (the body of POST /users/api/user), checked
 * field by field: profile texts, and a new password with the current one. Absent or null fields
 * are left as they are; the fields a user cannot change are accepted only with their present value,
 * so that a client may send back what GET /user gave it.
 */
public record AccountEdit(Map<ProfileField, String> profile, PasswordChange password) {

    /** The longest text a profile field holds (the column width). */
    public static final int MAX_LENGTH = 200;

    static final String USER = "user";
    static final String PASSWORD = "password";
    static final String CURRENT_PASSWORD = "current_password";
    private static final List<String> READ_ONLY = List.of("id", "email", "role", "enabled", "created");

    /** A new password, allowed only with the present one. */
    public record PasswordChange(String newPassword, String currentPassword) {
    }

    /** Checks a request body against the account it would change; refuses it naming the first bad field. */
    public static AccountEdit parse(JsonObject body, Account current) {
        requireKnown(body);
        READ_ONLY.forEach(name -> requireUnchanged(body, name, current));
        return new AccountEdit(profile(body), password(body));
    }

    public boolean changesPassword() {
        return password != null;
    }

    private static void requireKnown(JsonObject body) {
        List<String> unknown = body.keySet().stream().filter(k -> !known(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("Unknown field(s) " + quoted(unknown) + ": an account has "
                    + Arrays.stream(ProfileField.values()).map(ProfileField::jsonName).collect(Collectors.joining(", "))
                    + ", " + USER + ", " + PASSWORD + " (with " + CURRENT_PASSWORD + ")");
        }
    }

    private static boolean known(String name) {
        return field(name) != null || name.equals(USER) || name.equals(PASSWORD) || name.equals(CURRENT_PASSWORD)
                || READ_ONLY.contains(name);
    }

    private static Map<ProfileField, String> profile(JsonObject body) {
        Map<ProfileField, String> out = new EnumMap<>(ProfileField.class);
        for (ProfileField f : ProfileField.values()) {
            String value = text(body, f.jsonName());
            if (value != null) {
                out.put(f, value);
            }
        }
        String user = text(body, USER);
        if (user != null) {
            String nickname = out.putIfAbsent(ProfileField.NICKNAME, user);
            if (nickname != null && !nickname.equals(user)) {
                throw new InvalidRequestException("Fields 'user' and 'nickname' are the same value but differ");
            }
        }
        String nickname = out.get(ProfileField.NICKNAME);
        if (nickname != null) {
            if (nickname.isBlank()) {
                throw new InvalidRequestException("Field 'nickname' must not be blank");
            }
            // trimmed as at account creation: it is the name log-on replies and job lists show
            out.put(ProfileField.NICKNAME, nickname.trim());
        }
        return out;
    }

    private static PasswordChange password(JsonObject body) {
        String next = string(body, PASSWORD);
        String current = string(body, CURRENT_PASSWORD);
        if (next == null) {
            if (current != null) {
                throw new InvalidRequestException("Field 'current_password' goes with 'password', the new password");
            }
            return null;
        }
        if (current == null) {
            throw new InvalidRequestException("Field 'current_password' is required to change the password");
        }
        Accounts.requireStrong(next);
        return new PasswordChange(next, current);
    }

    /** A profile text: a string of at most {@link #MAX_LENGTH} characters, or null when absent. */
    private static String text(JsonObject body, String name) {
        String s = string(body, name);
        if (s != null && s.length() > MAX_LENGTH) {
            throw new InvalidRequestException("Field '" + name + "' is too long: at most " + MAX_LENGTH + " characters");
        }
        return s;
    }

    private static String string(JsonObject body, String name) {
        JsonValue v = body.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidRequestException("Field '" + name + "' must be a string or null");
        }
        return ((JsonString) v).getString();
    }

    private static void requireUnchanged(JsonObject body, String name, Account current) {
        JsonValue v = body.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL || sameAs(v, name, current)) {
            return;
        }
        throw new InvalidRequestException("Field '" + name + "' is not the user's to change");
    }

    private static boolean sameAs(JsonValue v, String name, Account a) {
        return switch (name) {
            case "email" -> v instanceof JsonString s && Account.keyOf(s.getString()).equals(Account.keyOf(a.getEmail()));
            case "role" -> v instanceof JsonString s && s.getString().equals(a.role());
            case "enabled" -> v.equals(a.isEnabled() ? JsonValue.TRUE : JsonValue.FALSE);
            case "id" -> v instanceof JsonNumber n && n.isIntegral() && Objects.equals(n.longValue(), a.getId());
            case "created" -> v instanceof JsonNumber n && n.isIntegral() && n.longValue() == a.getCreated();
            default -> false;
        };
    }

    private static ProfileField field(String jsonName) {
        return Arrays.stream(ProfileField.values()).filter(f -> f.jsonName().equals(jsonName)).findFirst().orElse(null);
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
