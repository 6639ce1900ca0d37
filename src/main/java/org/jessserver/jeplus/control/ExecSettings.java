package org.jessserver.jeplus.control;

/**
 * The project's execSettings that the server honours (jeplus.md §2.6, §11 q9): the subset mode (-1 ALL, 0 FILE,
 * 1 CHAINS, 2 RANDOM), the sample option, seed and size, the input job-list file (null when it holds the GUI's
 * placeholder), the output job-list name, and the clean-up switches.
 */
public record ExecSettings(int subSet, SampleOption sampleOpt, long randomSeed, int numberOfJobs,
        String jobListFile, String jobListOut, boolean keepJEPlusFiles, boolean keepEPlusFiles,
        boolean deleteSelectedFiles, String selectedFiles) {

    public static final int ALL = -1;
    public static final int FILE = 0;
    public static final int CHAINS = 1;
    public static final int RANDOM = 2;

    /** The defaults jEPlus uses when execSettings is missing. */
    public static ExecSettings defaults() {
        return new ExecSettings(ALL, SampleOption.SHUFFLE, 12345, 1, null, "joblist_out.csv", true, true, false,
                "*.dxf *.htm *.mtd *.mdd *.rdd *.shd *.out *.audit *.eio *.idd *.bnd *.ini");
    }
}
