package org.jessserver.job.control;

import jakarta.json.JsonArray;
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
 * time (in the server's time zone), status one status or several (comma-separated or a list).
 */
public record JobFilter(Long since, Long till, Set<JobStatus> statuses) {

    public static final JobFilter NONE = new JobFilter(null, null, Set.of());

    public static JobFilter of(JsonObject json) {
        return new JobFilter(date(json, "since", 0), date(json, "till", 1), statuses(json.get("status")));
    }

    /** True when the filter selects every job. */
    public boolean isEmpty() {
        return since == null && till == null && statuses.isEmpty();
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
