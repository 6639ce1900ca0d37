package org.jessserver.jeplus.control;

import static org.jessserver.jeplus.control.ProjectFields.bool;
import static org.jessserver.jeplus.control.ProjectFields.enumName;
import static org.jessserver.jeplus.control.ProjectFields.integer;
import static org.jessserver.jeplus.control.ProjectFields.object;
import static org.jessserver.jeplus.control.ProjectFields.string;

import java.util.Arrays;
import java.util.List;

import jakarta.json.JsonObject;

import org.jessserver.platform.control.InvalidRequestException;

/**
 * Reads a project's {@code execSettings} (jeplus.md §2.6) with jEPlus's defaults: the subset mode, sampling,
 * the input job list (null for the GUI's placeholder), the output job list's name and the clean-up switches.
 */
final class ProjectExec {

    /** What the execSettings jobListFile holds when the user never chose a file. */
    static final String JOB_LIST_PLACEHOLDER = "select job list file ...";

    private static final List<String> SAMPLE_OPTIONS = Arrays.stream(SampleOption.values()).map(Enum::name).toList();

    private ProjectExec() {
    }

    /** The settings of {@code o}, or the defaults when the project has none. */
    static ExecSettings read(JsonObject o) {
        ExecSettings d = ExecSettings.defaults();
        if (o == null) {
            return d;
        }
        int subSet = subSet(o);
        SampleOption sampleOpt = SampleOption.valueOf(enumName(o, "sampleOpt", "execSettings.sampleOpt",
                SAMPLE_OPTIONS, d.sampleOpt().name()));
        if (subSet == ExecSettings.RANDOM && sampleOpt == SampleOption.SOBOL) {
            throw new InvalidRequestException("execSettings.sampleOpt SOBOL is not supported; use SHUFFLE or LHS");
        }
        return new ExecSettings(subSet, sampleOpt, integer(o, "randomSeed", "execSettings.randomSeed",
                d.randomSeed()), numberOfJobs(o, subSet), jobListFile(o),
                jobListOut(object(o, "steps", "execSettings.steps")),
                bool(o, "keepJEPlusFiles", "execSettings.keepJEPlusFiles", d.keepJEPlusFiles()),
                bool(o, "keepEPlusFiles", "execSettings.keepEPlusFiles", d.keepEPlusFiles()),
                bool(o, "deleteSelectedFiles", "execSettings.deleteSelectedFiles", d.deleteSelectedFiles()),
                string(o, "selectedFiles", "execSettings.selectedFiles", d.selectedFiles()));
    }

    private static int subSet(JsonObject o) {
        long subSet = integer(o, "subSet", "execSettings.subSet", ExecSettings.ALL);
        if (subSet < ExecSettings.ALL || subSet > ExecSettings.RANDOM) {
            throw new InvalidRequestException("execSettings.subSet is " + subSet
                    + "; it must be -1 (all), 0 (job-list file), 1 (chains) or 2 (random sample)");
        }
        return (int) subSet;
    }

    /** The sample size matters only to a project that samples; elsewhere a nonsense value is kept harmless. */
    private static int numberOfJobs(JsonObject o, int subSet) {
        long jobs = integer(o, "numberOfJobs", "execSettings.numberOfJobs", 1);
        if (subSet == ExecSettings.RANDOM && (jobs < 1 || jobs > Integer.MAX_VALUE)) {
            throw new InvalidRequestException("execSettings.numberOfJobs must be a positive whole number, not " + jobs);
        }
        return (int) Math.min(Math.max(jobs, 1), Integer.MAX_VALUE);
    }

    /** The input job list as written (resolved only when used), or null for the placeholder or a blank. */
    private static String jobListFile(JsonObject o) {
        String name = string(o, "jobListFile", "execSettings.jobListFile", null);
        return name == null || name.isBlank() || name.trim().equals(JOB_LIST_PLACEHOLDER) ? null : name.trim();
    }

    /** The output job list's name; it is written into the result folder, so it must be a plain file name. */
    private static String jobListOut(JsonObject steps) {
        String name = steps == null ? ExecSettings.defaults().jobListOut()
                : string(steps, "jobListFile", "execSettings.steps.jobListFile", ExecSettings.defaults().jobListOut());
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw new InvalidRequestException("execSettings.steps.jobListFile must be a plain file name, not '"
                    + name + "'");
        }
        return name.trim();
    }
}
