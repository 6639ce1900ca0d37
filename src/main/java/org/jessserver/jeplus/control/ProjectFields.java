package org.jessserver.jeplus.control;

import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jessserver.platform.control.InvalidRequestException;

/**
 * Typed reads of project.json fields with jEPlus's defaults: a missing or null key takes the default, a value of
 * the wrong kind is refused naming the field (its path such as {@code parameters[3].type}).
 */
final class ProjectFields {

    private ProjectFields() {
    }

    static String string(JsonObject o, String key, String path, String fallback) {
        JsonValue v = present(o, key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new InvalidRequestException(path + " must be a string");
    }

    static long integer(JsonObject o, String key, String path, long fallback) {
        JsonValue v = present(o, key);
        if (v == null) {
            return fallback;
        }
        // a whole number written 2.0 is still a whole number
        if (v instanceof JsonNumber n && n.bigDecimalValue().stripTrailingZeros().scale() <= 0) {
            return n.longValue();
        }
        throw new InvalidRequestException(path + " must be a whole number");
    }

    static double number(JsonObject o, String key, String path, double fallback) {
        JsonValue v = present(o, key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof JsonNumber n) {
            return n.doubleValue();
        }
        throw new InvalidRequestException(path + " must be a number");
    }

    static boolean bool(JsonObject o, String key, String path, boolean fallback) {
        JsonValue v = present(o, key);
        if (v == null) {
            return fallback;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw new InvalidRequestException(path + " must be true or false");
    }

    static JsonObject object(JsonObject o, String key, String path) {
        JsonValue v = present(o, key);
        if (v == null || v instanceof JsonObject) {
            return (JsonObject) v;
        }
        throw new InvalidRequestException(path + " must be an object");
    }

    static JsonArray array(JsonObject o, String key, String path) {
        JsonValue v = present(o, key);
        if (v == null || v instanceof JsonArray) {
            return v == null ? JsonValue.EMPTY_JSON_ARRAY : (JsonArray) v;
        }
        throw new InvalidRequestException(path + " must be a list");
    }

    static JsonObject element(JsonArray a, int i, String path) {
        if (a.get(i) instanceof JsonObject o) {
            return o;
        }
        throw new InvalidRequestException(path + " must be an object");
    }

    /**
     * An enum field: the exact upper-case name or its 0-based position in {@code names} (jeplus.md §2.1). A
     * wrong-case name fails the load in jEPlus; it is refused here, naming the field.
     */
    static String enumName(JsonObject o, String key, String path, List<String> names, String fallback) {
        JsonValue v = present(o, key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 0 && n.longValue() < names.size()) {
            return names.get(n.intValue());
        }
        if (v instanceof JsonString s && names.contains(s.getString())) {
            return s.getString();
        }
        throw new InvalidRequestException(path + " is " + v + "; it must be one of " + String.join(", ", names)
                + " (upper case) or its position from 0");
    }

    private static JsonValue present(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v == JsonValue.NULL ? null : v;
    }
}
