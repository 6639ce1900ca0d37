package org.jessserver.job.control;

import java.util.Locale;
import org.jessserver.job.entity.JobType;
import org.jessserver.platform.control.InvalidRequestException;

/** The text fields of a job submission (§3.2 of the contract), checked. */
public record SubmissionForm(String title, String desc, String model, String weather, String type, String split,
                             String subset, String cases) {

    /** The job type asked for, guessed from the files when the form does not say. */
    JobType jobType(boolean looksLikeJeplusProject) {
        boolean splitRun = split != null && !split.isBlank() && parseBoolean("split", split);
        String t = type == null || type.isBlank() ? (looksLikeJeplusProject ? "JEP" : "EP") : type.trim().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "EP", "EP_IDF" -> splitRun ? JobType.EP_IDF_SPLIT : JobType.EP_IDF;
            case "EP_IDF_SPLIT" -> JobType.EP_IDF_SPLIT;
            case "JEP", "JE_JEP" -> JobType.JE_JEP;
            default -> throw new InvalidRequestException("Unknown job type '" + type + "': use EP or JEP");
        };
    }

    private static boolean parseBoolean(String field, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return v.equals("true");
        }
        throw new InvalidRequestException("Field '" + field + "' must be true or false, not '" + value + "'");
    }
}
