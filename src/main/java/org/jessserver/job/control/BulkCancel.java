package org.jessserver.job.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jessserver.platform.control.InvalidRequestException;

/** POST /jobs/cancel: the job-list filter, optional job ids, and whether this is only a dry run. */
public record BulkCancel(JobFilter filter, Set<Long> ids, boolean dryRun) {

    public static BulkCancel of(JsonObject json) {
        return new BulkCancel(JobFilter.of(json), ids(json.get("ids")), dryRun(json.get("dry_run")));
    }

    private static Set<Long> ids(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Set.of();
        }
        if (!(v instanceof JsonArray a)) {
            throw new InvalidRequestException("Field 'ids' must be a list of job ids");
        }
        Set<Long> out = new LinkedHashSet<>();
        for (JsonValue item : a) {
            // the literal as sent: a number's longValue() would wrap 18446744073709551617 round to job 1
            String given = item instanceof JsonString s ? s.getString() : item.toString();
            if (!(item instanceof JsonNumber || item instanceof JsonString)) {
                throw new InvalidRequestException("Field 'ids' must list job ids, not " + item);
            }
            out.add(JobIds.parse(given).orElseThrow(() -> new InvalidRequestException(JobIds.invalid(given))));
        }
        return out;
    }

    private static boolean dryRun(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL || v == JsonValue.FALSE) {
            return false;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        throw new InvalidRequestException("Field 'dry_run' must be true or false");
    }
}
