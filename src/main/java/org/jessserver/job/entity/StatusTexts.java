package org.jessserver.job.entity;

/** The status_Info texts; QUEUED, FINISHED and CANCELED are JESS's own, the others ours. */
public final class StatusTexts {

    public static final String UNPACKED = "Job files received and unpacked; awaiting preparation.";
    public static final String ACCEPTED = "Job accepted; preparing its cases.";
    public static final String QUEUED = "Job preparation done; awaiting execution.";
    public static final String FINISHED = "Job finished. Results collected into tables.";
    public static final String CANCELED = "Job is cancelled";

    /** A finished job whose results table could not be written, for the reason given (a full disk). */
    public static String finishedWithoutTable(String reason) {
        return "Job finished, but its results were not collected into tables: " + reason;
    }

    private StatusTexts() {
    }
}
