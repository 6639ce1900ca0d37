package org.jessserver.job.control;

import jakarta.json.JsonObject;
import java.util.Locale;
import org.jessserver.platform.control.InvalidRequestException;
import org.jessserver.platform.control.JsonBody;

/** The commands POST /job/&lt;id&gt; takes: {"cmd": "Cancel"}. */
public final class JobCommand {

    public static final String CANCEL = "Cancel";

    private JobCommand() {
    }

    /** Refuses a body whose cmd is missing or not the expected one (any letter case). */
    public static void require(JsonObject body, String expected) {
        String cmd = JsonBody.requiredString(body, "cmd").trim();
        if (!cmd.toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT))) {
            throw new InvalidRequestException("Unknown command '" + cmd + "': use {\"cmd\": \"" + expected + "\"}");
        }
    }
}
