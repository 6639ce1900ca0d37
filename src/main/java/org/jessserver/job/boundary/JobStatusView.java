package org.jessserver.job.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.jessserver.job.entity.Job;
import org.jessserver.job.control.ProgressCounts;
import org.jessserver.platform.control.EntityTags;

/** The job status object of §4.1, with our labelled case counts beside the progress string. */
// Yasson orders by Java names, not by the JSON names
@JsonbPropertyOrder({"id", "jobId", "status", "statusInfo", "progress", "cancelFlag", "completionTime", "lastUpdate",
        "cases"})
public record JobStatusView(
        long id,
        @JsonbProperty("job_ID") long jobId,
        String status,
        @JsonbProperty("status_Info") String statusInfo,
        String progress,
        @JsonbProperty("cancel_Flag") boolean cancelFlag,
        // a renamed field needs its own @JsonbNillable: @JsonbProperty alone drops its nulls
        @JsonbProperty("completion_Time") @JsonbNillable Long completionTime,
        @JsonbProperty("last_Update") long lastUpdate,
        ProgressCounts cases) {

    public static JobStatusView of(Job j) {
        ProgressCounts counts = ProgressCounts.of(j);
        return new JobStatusView(j.getId(), j.getId(), j.getStatus().name(), j.getStatusInfo(), counts.progress(),
                j.isCancelFlag(), j.getCompletionTime(), j.getLastUpdate(), counts);
    }

    /** The ETag of this object: every field is in it, so any visible change changes it (live streams dedupe by it too). */
    public String etag() {
        return EntityTags.strong(toString());
    }
}
