package org.jessserver.job.entity;

import java.util.EnumSet;
import java.util.Set;

/** Job statuses with JESS's exact spelling (CANCELED with one L); a job stays QUEUED while its cases run. */
public enum JobStatus {
    UNPACKED, ACCEPTED, QUEUED, FINISHED, CANCELED, REJECTED;

    public static final Set<JobStatus> TERMINAL = EnumSet.of(FINISHED, CANCELED, REJECTED);
    public static final Set<JobStatus> CANCELLABLE = EnumSet.of(UNPACKED, ACCEPTED, QUEUED);

    public boolean terminal() {
        return TERMINAL.contains(this);
    }
}
