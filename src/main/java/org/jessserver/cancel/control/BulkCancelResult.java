package org.jessserver.cancel.control;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One job's line in the reply of POST /jobs/cancel. */
@JsonbPropertyOrder({"jobId", "result"})
public record BulkCancelResult(@JsonbProperty("job_ID") long jobId, String result) {

    public static final String FLAGGED = "flagged";
    public static final String WOULD_BE_FLAGGED = "would be flagged";
    public static final String NOT_CANCELLABLE = "not found or not cancellable";
}
