package org.jessserver.job.control;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * The names the server and the engine write at a job's root, which nothing a user uploads may take:
 * the job's tables, {@code input/}, anything starting with {@code jess_}, and in a flat job the run's
 * own outputs. Compared ignoring letter case, since a case-insensitive file system would mix them up.
 */
final class ReservedNames {

    /** Tables the server writes at the root of every job (job_summary.csv, and jEPlus's tables). */
    private static final Set<String> TABLES = Set.of("job_summary.csv", "joblist_out.csv", "simjobindex.csv",
            "runtimes.csv", "allcombinedresults.csv", "allderivedresults.csv", "simresults.csv");

    /** What a run writes into its folder besides the eplus* outputs. */
    private static final Set<String> RUN_OUTPUTS = Set.of("console.log", "sqlite.err", "expanded.idf", "out.idf",
            "expandedidf.err", "readvars.audit", "audit.out");

    private static final String SERVER_PREFIX = "jess_";

    private ReservedNames() {
    }

    /** The names at a job's root that no case folder may take: the tables and the input folder. */
    static Set<String> taken() {
        Set<String> names = new HashSet<>(TABLES);
        names.add(JobFolder.INPUT);
        return names;
    }

    /** True for a name the server writes at every job's root. */
    static boolean server(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return TABLES.contains(n) || n.equals(JobFolder.INPUT) || n.startsWith(SERVER_PREFIX);
    }

    /** True for a name that the server or the engine writes at a flat job's root. */
    static boolean flat(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return server(n) || RUN_OUTPUTS.contains(n) || n.startsWith("eplus");
    }

    /** Refuses an upload for a flat job when one of its top-level names would take a name the server writes. */
    static void checkFlatUpload(List<String> files) {
        for (String f : files) {
            String top = f.contains("/") ? f.substring(0, f.indexOf('/')) : f;
            if (flat(top)) {
                throw new InvalidRequestException("File " + f + " takes the name " + top + ", which the server writes"
                        + " in the job's result folder; rename it");
            }
        }
    }

    /** A case folder name that cannot take a name the server writes: jess_x becomes case_jess_x, input input_2. */
    static String caseFolderBase(String stem) {
        return stem.toLowerCase(Locale.ROOT).startsWith(SERVER_PREFIX) ? "case_" + stem : stem;
    }
}
