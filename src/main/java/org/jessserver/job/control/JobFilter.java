package org.jessserver.job.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jessserver.job.entity.JobStatus;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * The job-list filter: since and till are inclusive YYYY-MM-DD dates compared with the submission
 * time (in the server's time zone), status one status or several (comma-separated or a list). A page:
 * limit (1..1000) and after (a job id) ask for the newest jobs first, only those with ids below after.
 */
public record JobFilter(Long since, Long till, Set<JobStatus> statuses, Integer limit, Long after) {

    public static final JobFilter NONE = new JobFilter(null, null, Set.of(), null, null);

    /** The largest page: a client that wants more pages through with {@code after}. */
    public static final int MAX_LIMIT = 1000;

    public static JobFilter of(JsonObject json) {
        return new JobFilter(date(json, "since", 0), date(json, "till", 1), statuses(json.get("status")),
                limit(json.get("limit")), after(json.get("after")));
    }

    /** True when the filter selects every job. */
    public boolean isEmpty() {
        return since == null && till == null && statuses.isEmpty() && !paged();
    }

    /** Whether a page is asked for: then the newest jobs come first (without, the list stays oldest first). */
    public boolean paged() {
        return limit != null || after != null;
    }

    private static Integer limit(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Long n = whole(v);
        if (n == null || n < 1 || n > MAX_LIMIT) {
            throw new InvalidRequestException("Field 'limit' must be a whole number from 1 to " + MAX_LIMIT + ", not " + v);
        }
        return n.intValue();
    }

    private static Long after(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Long n = whole(v);
        if (n == null) {
            throw new InvalidRequestException("Field 'after' must be a whole number (a job id), not " + v);
        }
        return n;
    }

    /** A whole number given as a JSON number or as text ("50"), as form-minded clients send it; null if it is none. */
    private static Long whole(JsonValue v) {
        try {
            if (v instanceof JsonNumber n) {
                return n.bigDecimalValue().longValueExact();
            }
            if (v instanceof JsonString s) {
                return Long.parseLong(s.getString().trim());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // not whole, or too large: the caller says so, with the value
        }
        return null;
    }

    private static Long date(JsonObject json, String field, int daysAfter) {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new InvalidRequestException("Field '" + field + "' must be a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(s.getString().trim()).plusDays(daysAfter)
                    .atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            // not only unparsable text: a year such as +999999999 parses, but its next day or its millis do not exist
            throw new InvalidRequestException("Field '" + field + "' is not a date YYYY-MM-DD: '" + s.getString() + "'");
        }
    }

    private static Set<JobStatus> statuses(JsonValue v) {
        List<String> names = new ArrayList<>();
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Set.of();
        } else if (v instanceof JsonString s) {
            for (String part : s.getString().split(",")) {
                names.add(part);
            }
        } else if (v instanceof JsonArray a) {
            for (JsonValue item : a) {
                if (!(item instanceof JsonString s)) {
                    throw new InvalidRequestException("Field 'status' must list status names");
                }
                names.add(s.getString());
            }
        } else {
            throw new InvalidRequestException("Field 'status' must be a status name or a list of them");
        }
        Set<JobStatus> out = EnumSet.noneOf(JobStatus.class);
        for (String n : names) {
            String name = n.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                out.add(JobStatus.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("Unknown job status '" + n.trim() + "': use one of "
                        + java.util.Arrays.toString(JobStatus.values()));
            }
        }
        return out;
    }
}
