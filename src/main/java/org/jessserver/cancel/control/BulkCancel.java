package org.jessserver.cancel.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jessserver.job.control.JobFilter;
import org.jessserver.job.control.JobIds;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * POST /jobs/cancel: the job-list filter, optional job ids, and whether this is only a dry run. A request
 * must say which jobs (ids, a filter, or "all": true), so that an empty body, which a plain HTML form can
 * send, cancels nothing; a dry run alone changes nothing and so previews all.
 */
public record BulkCancel(JobFilter filter, Set<Long> ids, boolean dryRun) {

    static final String NO_SELECTION = "Say which jobs to cancel: \"ids\", a filter (\"since\", \"till\", "
            + "\"status\") or \"all\": true";
    static final String ALL_AND_SELECTION = "\"all\": true cancels every job: leave out \"ids\" and the filter, "
            + "or leave out \"all\"";

    public static BulkCancel of(JsonObject json) {
        BulkCancel request = new BulkCancel(JobFilter.of(json), ids(json.get("ids")), flag(json, "dry_run"));
        boolean all = flag(json, "all");
        boolean selects = !request.ids().isEmpty() || !request.filter().isEmpty();
        if (all && selects) {
            throw new InvalidRequestException(ALL_AND_SELECTION);
        }
        if (!all && !selects && !request.dryRun()) {
            throw new InvalidRequestException(NO_SELECTION);
        }
        return request;
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

    private static boolean flag(JsonObject json, String field) {
        JsonValue v = json.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL || v == JsonValue.FALSE) {
            return false;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        throw new InvalidRequestException("Field '" + field + "' must be true or false");
    }
}
