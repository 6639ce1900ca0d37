package org.jessserver.job.control;

import java.nio.file.Path;

/** Where a job's files live: {@code <data>/jobs/<id>/input} for the upload, one folder per case beside it. */
public record JobFolder(Path root) {

    public static final String INPUT = "input";

    public static JobFolder of(Path dataDir, long jobId) {
        return new JobFolder(dataDir.resolve("jobs").resolve(Long.toString(jobId)));
    }

    public Path input() {
        return root.resolve(INPUT);
    }

    public Path caseDir(String caseName) {
        return root.resolve(caseName);
    }
}
