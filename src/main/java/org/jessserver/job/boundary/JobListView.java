package org.jessserver.job.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.jessserver.job.entity.Job;
import org.jessserver.job.control.ProgressCounts;

/** The job-list object of §4.2, with our labelled case counts beside the progress string (as in the status object). */
// Yasson orders by Java names, not by the JSON names
@JsonbPropertyOrder({"jobSn", "id", "username", "jobName", "jobDesc", "jobType", "jobSubset", "jobArgs",
        "njobs", "progress", "status", "message", "received", "accepted", "prepared", "simulated", "collected",
        "cancelled", "retrieved", "submissionSize", "storageSize", "resultSize", "cputime", "cases"})
public record JobListView(
        @JsonbProperty("job_SN") long jobSn,
        long id,
        String username,
        @JsonbProperty("job_Name") String jobName,
        @JsonbProperty("job_Desc") String jobDesc,
        @JsonbProperty("job_Type") String jobType,
        @JsonbProperty("job_Subset") String jobSubset,
        @JsonbProperty("job_Args") String jobArgs,
        int njobs,
        String progress,
        String status,
        String message,
        long received,
        Long accepted,
        Long prepared,
        Long simulated,
        Long collected,
        Long cancelled,
        Long retrieved,
        long submissionSize,
        long storageSize,
        long resultSize,
        long cputime,
        ProgressCounts cases) {

    static JobListView of(Job j, String username) {
        ProgressCounts counts = ProgressCounts.of(j);
        return new JobListView(j.getId(), j.getOwnerId(), username, j.getTitle(), j.getDescription(),
                j.getType().name(), j.getSubset() == null ? Job.SUBSET_ALL : j.getSubset(),
                j.getArgs() == null ? "" : j.getArgs(), j.getTotalCases(), counts.progress(),
                j.getStatus().name(), j.getStatusInfo(), j.getReceivedAt(), j.getAcceptedAt(), j.getPreparedAt(),
                j.getSimulatedAt(), j.getCollectedAt(), j.getCancelledAt(), j.getRetrievedAt(), j.getSubmissionSize(),
                j.getStorageSize(), j.getResultSize(), Math.round(j.getCpuMillis() / 1000.0), counts);
    }
}
