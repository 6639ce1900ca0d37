package org.jessserver.job.control;

import java.util.List;
import java.util.Locale;
import org.jessserver.job.entity.JobType;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * The text fields of a job submission (§3.2 of the contract), checked; a jEPlus project's subset, its sample size or
 * list file ({@code cases}), and the list files of a Create command ({@code caseList}).
 */
public record SubmissionForm(String title, String desc, String model, String weather, String type, String split,
                             String subset, String cases, List<String> caseList) {

    public SubmissionForm {
        caseList = caseList == null ? List.of() : List.copyOf(caseList);
    }

    /**
     * The job type asked for, guessed from the files when the form does not say (no type, or Scan).
     * Kinds this server does not run yet are refused naming the kind.
     */
    JobType jobType(boolean looksLikeJeplusProject) {
        boolean splitRun = split != null && !split.isBlank() && parseBoolean("split", split);
        String t = type == null || type.isBlank() ? "SCAN" : type.trim().toUpperCase(Locale.ROOT);
        if (t.equals("SCAN")) {
            t = looksLikeJeplusProject ? "JEP" : "EP";
        }
        JobType kind = switch (t) {
            case "EP", "EP_IDF" -> splitRun ? JobType.EP_IDF_SPLIT : JobType.EP_IDF;
            case "EP_IDF_SPLIT" -> JobType.EP_IDF_SPLIT;
            case "JEP", "JE_JEP" -> JobType.JE_JEP;
            case "RAD" -> throw notYet("Radiance jobs (type RAD)");
            case "DS" -> throw notYet("DaySim jobs (type DS)");
            default -> throw new InvalidRequestException("Unknown job type '" + type + "': use EP, JEP, RAD, DS or Scan");
        };
        return switch (kind) {
            case EP_IDF -> kind;
            case EP_IDF_SPLIT -> throw notYet("Run-period splitting of EnergyPlus jobs (split=true)");
            case JE_JEP -> kind;
        };
    }

    private static InvalidRequestException notYet(String kind) {
        return new InvalidRequestException("Not supported by this server yet: " + kind
                + "; send EnergyPlus models (type EP) without split");
    }

    private static boolean parseBoolean(String field, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return v.equals("true");
        }
        throw new InvalidRequestException("Field '" + field + "' must be true or false, not '" + value + "'");
    }
}
