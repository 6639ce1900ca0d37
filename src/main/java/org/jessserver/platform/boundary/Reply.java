package org.jessserver.platform.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The JESS envelope {"ok","status","data"} that every non-download reply uses. */
@JsonbPropertyOrder({"ok", "status", "data"})
public record Reply(boolean ok, String status, Object data) {

    public static Reply ok(String status, Object data) {
        return new Reply(true, status, data);
    }

    public static Reply refused(String status) {
        return new Reply(false, status, null);
    }
}
