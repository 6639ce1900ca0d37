package org.jessserver.job.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jessserver.platform.control.InvalidRequestException;
import org.jessserver.platform.control.JsonBody;

/**
 * JESS's {"cmd":"Create",...}: a job from a folder of the upload area (uploadRef) or from the input
 * files of one of the user's earlier jobs (jobRef), exactly one of the two.
 */
public record CreateCommand(String caption, String description, String uploadRef, long jobRef, String main,
                            List<String> weatherRef, String split, String subset, String cases, List<String> caseList) {

    public static final String CREATE = "Create";

    /** Reads and checks the command; refuses it naming the field that is wrong. */
    public static CreateCommand of(JsonObject body) {
        JobCommand.require(body, CREATE);
        String uploadRef = blankToNull(JsonBody.optionalString(body, "uploadRef"));
        long jobRef = number(body, "jobRef");
        if ((uploadRef == null) == (jobRef == 0)) {
            throw new InvalidRequestException("Create needs exactly one of 'uploadRef' (a folder of your upload area)"
                    + " and 'jobRef' (the id of one of your jobs)");
        }
        return new CreateCommand(JsonBody.optionalString(body, "caption"), JsonBody.optionalString(body, "description"),
                uploadRef, jobRef, blankToNull(JsonBody.optionalString(body, "main")), strings(body, "weatherRef"),
                flag(body, "split"), JsonBody.optionalString(body, "subset"), text(body, "cases"), strings(body, "caseList"));
    }

    /** The form a multipart submission of the same job would carry; one named weather file is named, several are picked. */
    SubmissionForm form() {
        return new SubmissionForm(caption, description, main, weatherRef.size() == 1 ? weatherRef.get(0) : null, null,
                split, subset, cases, caseList);
    }

    private static long number(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return 0;
        }
        if (v instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 0) {
            return n.longValue();
        }
        if (v instanceof JsonString s && s.getString().trim().matches("\\d{1,18}")) {
            return Long.parseLong(s.getString().trim());
        }
        throw new InvalidRequestException("Field '" + field + "' must be a job id (a whole number), not " + v);
    }

    private static String flag(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (v.getValueType()) {
            case TRUE -> "true";
            case FALSE -> "false";
            case STRING -> ((JsonString) v).getString();
            default -> throw new InvalidRequestException("Field '" + field + "' must be true or false, not " + v);
        };
    }

    private static String text(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return JsonBody.optionalString(body, field);
    }

    /** A list of names: an array of strings, one string, or nothing. */
    private static List<String> strings(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (v instanceof JsonString s) {
            return s.getString().isBlank() ? List.of() : List.of(s.getString().trim());
        }
        if (!(v instanceof JsonArray a)) {
            throw new InvalidRequestException("Field '" + field + "' must be a list of file names, not " + v);
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : a) {
            if (!(item instanceof JsonString s)) {
                throw new InvalidRequestException("Field '" + field + "' must hold file names (strings), not " + item);
            }
            if (!s.getString().isBlank()) {
                out.add(s.getString().trim());
            }
        }
        return List.copyOf(out);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The files of the source to copy: all of them, but of the weather files only those named, when some are. */
    List<String> selected(List<String> files) {
        if (weatherRef.isEmpty()) {
            return files;
        }
        List<String> named = new ArrayList<>();
        for (String ref : weatherRef) {
            List<String> hits = NamedFile.matches(files, ref);
            if (hits.size() != 1) {
                throw new InvalidRequestException("Weather file '" + ref + "' is " + (hits.isEmpty()
                        ? "not among the referenced files" : "ambiguous: " + String.join(", ", hits)));
            }
            named.add(hits.get(0));
        }
        return files.stream().filter(f -> named.contains(f) || !f.toLowerCase(Locale.ROOT).endsWith(".epw")).toList();
    }
}
