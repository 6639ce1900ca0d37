package org.jessserver.cancel.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schemas of the cancel calls' bodies and replies for /openapi: documentation only, never instantiated. */
final class CancelApiDocs {

    static final String ACCEPTED_EXAMPLE = "{\"ok\":true,\"status\":\"Cancel flag has been set for 12259\",\"data\":{"
            + "\"id\":12259,\"job_ID\":12259,\"status\":\"QUEUED\",\"status_Info\":\"Job preparation done; awaiting "
            + "execution.\",\"progress\":\"20, 0, 0, 0, 16, 4, 0\",\"cancel_Flag\":true,\"completion_Time\":null,"
            + "\"last_Update\":1608079505339,\"cases\":{\"total\":20,\"failed\":0,\"rejected\":0,\"cancelled\":0,"
            + "\"queued\":12,\"running\":4,\"simulated\":4,\"collected\":0}}}";
    static final String REFUSED_EXAMPLE =
            "{\"ok\":false,\"status\":\"Job 12259 is not found or not cancellable\",\"data\":null}";
    static final String MANY_EXAMPLE = "{\"ok\":true,\"status\":\"1 of 2 job(s) are flagged for cancel\",\"data\":["
            + "{\"job_ID\":12,\"result\":\"flagged\"},{\"job_ID\":13,\"result\":\"not found or not cancellable\"}]}";

    private CancelApiDocs() {
    }

    @Schema(name = "CancelCommand", requiredProperties = "cmd")
    static final class Command {
        @Schema(enumeration = "Cancel", description = "The command; Cancel is the only one")
        public String cmd;
    }

    @Schema(name = "BulkCancelRequest", description = "Which of the caller's jobs to cancel: ids, a job-list filter, "
            + "or all:true (exactly one way); an empty request cancels nothing and is refused unless dry_run")
    static final class Many {
        @Schema(type = SchemaType.ARRAY, implementation = Long.class, description = "Job ids")
        public List<Long> ids;
        @Schema(description = "YYYY-MM-DD, inclusive, compared with received")
        public String since;
        @Schema(description = "YYYY-MM-DD, inclusive")
        public String till;
        @Schema(description = "A job status, or several comma-separated")
        public String status;
        @Schema(description = "Every job of the caller; not with ids or a filter")
        public boolean all;
        @Schema(description = "Only tell what would be flagged")
        public boolean dry_run;
    }

    /** BulkCancelResult as JSON. */
    @Schema(name = "BulkCancelResult", requiredProperties = {"job_ID", "result"})
    static final class Result {
        public long job_ID;
        @Schema(enumeration = {"flagged", "would be flagged", "not found or not cancellable"})
        public String result;
    }

    @Schema(name = "BulkCancelReply", description = "\"<n> of <m> job(s) are flagged for cancel\" (or \"would be\" for "
            + "a dry run), one line per job; a malformed request: ok:false, data:null",
            requiredProperties = {"ok", "status", "data"})
    static final class ManyReply {
        public boolean ok;
        public String status;
        @Schema(type = SchemaType.ARRAY, implementation = Result.class, nullable = true)
        public List<Result> data;
    }
}
