package org.jessserver.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Locale;

/** Parses a request body as a JSON object, refusing bad input with a message that names the problem. */
public final class JsonBody {

    private JsonBody() {
    }

    /** The body as a JSON object; an absent Content-Type is tolerated, a non-JSON one is refused. */
    public static JsonObject object(String contentType, String body) {
        requireJsonType(contentType);
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("Request body is empty: a JSON object is expected");
        }
        JsonValue value = parse(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidRequestException("Request body must be a JSON object, not " + describe(value));
        }
        return value.asJsonObject();
    }

    /** Like {@link #object} but an empty body, {@code ""} or {@code null} count as an empty object. */
    public static JsonObject optionalObject(String contentType, String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        requireJsonType(contentType);
        JsonValue value = parse(body);
        return switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject();
            case NULL -> JsonValue.EMPTY_JSON_OBJECT;
            case STRING -> {
                if (((JsonString) value).getString().isEmpty()) {
                    yield JsonValue.EMPTY_JSON_OBJECT;
                }
                throw new InvalidRequestException("Request body must be a JSON object, not " + describe(value));
            }
            default -> throw new InvalidRequestException("Request body must be a JSON object, not " + describe(value));
        };
    }

    public static String requiredString(JsonObject o, String field) {
        String s = optionalString(o, field);
        if (s == null || s.isBlank()) {
            throw new InvalidRequestException("Missing field '" + field + "'");
        }
        return s;
    }

    public static String optionalString(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidRequestException("Field '" + field + "' must be a string, not " + describe(v));
        }
        return ((JsonString) v).getString();
    }

    private static void requireJsonType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        if (!(t.startsWith("application/json") || t.matches("application/[^;]*\\+json.*"))) {
            throw new InvalidRequestException("Content-Type must be application/json, not " + contentType);
        }
    }

    private static JsonValue parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidRequestException("Malformed JSON in request body: " + e.getMessage());
        } catch (JsonException e) {
            throw new InvalidRequestException("Malformed JSON in request body");
        } catch (RuntimeException e) {
            // the parser's own limits, such as "Input is too deeply nested 1,000", come as plain runtime exceptions
            throw new InvalidRequestException("Malformed JSON in request body: " + e.getMessage());
        }
    }

    private static String describe(JsonValue v) {
        return switch (v.getValueType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }
}
