package org.jessserver.job.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schemas of the job calls' bodies and envelopes for /openapi: documentation only, never instantiated. */
public final class JobApiDocs {

    public static final String ETAG = "The tag of this status object: it changes whenever anything in it does";
    public static final String IF_NONE_MATCH = "The ETag of a status reply already received (or *): 304 while it "
            + "still matches";

    public static final String STATUS_EXAMPLE = "{\"ok\":true,\"status\":\"12259 status available\",\"data\":{\"id\":12259,"
            + "\"job_ID\":12259,\"status\":\"QUEUED\",\"status_Info\":\"Job preparation done; awaiting execution.\","
            + "\"progress\":\"20, 0, 0, 0, 16, 4, 0\",\"cancel_Flag\":false,\"completion_Time\":null,"
            + "\"last_Update\":1608079505339,\"cases\":{\"total\":20,\"failed\":0,\"rejected\":0,\"cancelled\":0,"
            + "\"queued\":12,\"running\":4,\"simulated\":4,\"collected\":0}}}";
    public static final String NOT_ACCESSIBLE_EXAMPLE =
            "{\"ok\":false,\"status\":\"Job 12259 is not accessible to user ada@example.org\",\"data\":null}";
    public static final String CREATED_EXAMPLE = "{\"ok\":true,\"status\":\"Job 12259 is created\",\"data\":12259}";
    public static final String REFUSED_SUBMISSION_EXAMPLE =
            "{\"ok\":false,\"status\":\"No model: the upload has no .idf or .imf file\",\"data\":0}";
    public static final String LIST_EXAMPLE = "{\"ok\":true,\"status\":\"ada jobs available\",\"data\":[]}";
    public static final String CASES_EXAMPLE = "{\"ok\":true,\"status\":\"12259 cases available\",\"data\":["
            + "{\"case\":1,\"name\":\"a_w1\",\"model\":\"a.idf\",\"weather\":\"w1.epw\",\"state\":\"SIMULATED\","
            + "\"exit_code\":0,\"cputime\":12,\"message\":\"EnergyPlus Completed Successfully-- 0 Warning; 0 Severe Errors\"},"
            + "{\"case\":2,\"name\":\"a_w2\",\"model\":\"a.idf\",\"weather\":\"w2.epw\",\"state\":\"RUNNING\","
            + "\"exit_code\":null,\"cputime\":0,\"message\":null}]}";
    public static final String BAD_LIMIT_EXAMPLE = "{\"ok\":false,\"status\":\"Parameter 'limit' must be a whole number "
            + "from 1 to 1000, not '5000'\",\"data\":null}";
    public static final String FILTER_EXAMPLE = "{\"since\":\"2020-12-01\",\"till\":\"2020-12-20\",\"status\":\"FINISHED\"}";

    private JobApiDocs() {
    }

    @Schema(name = "JobStatusReply", description = "A job's status; a missing job or another user's: ok:false, data:null",
            requiredProperties = {"ok", "status", "data"})
    public static final class StatusReply {
        public boolean ok;
        @Schema(description = "\"<id> status available\", \"Job <id> is not accessible to user <email>\", "
                + "\"Cancel flag has been set for <id>\", \"Job <id> is not found or not cancellable\"")
        public String status;
        @Schema(ref = "JobStatus", nullable = true)
        public Status data;
    }

    @Schema(name = "JobListReply", description = "The caller's jobs; a malformed filter: ok:false, data:null",
            requiredProperties = {"ok", "status", "data"})
    public static final class ListReply {
        public boolean ok;
        @Schema(description = "\"<nickname> jobs available\", or what is wrong with the filter")
        public String status;
        @Schema(type = SchemaType.ARRAY, implementation = ListItem.class, nullable = true)
        public List<ListItem> data;
    }

    @Schema(name = "JobCasesReply", description = "A page of the job's cases in case order; a missing job or another "
            + "user's, or a bad limit or after: ok:false, data:null", requiredProperties = {"ok", "status", "data"})
    public static final class CasesReply {
        public boolean ok;
        @Schema(description = "\"<id> cases available\", \"Job <id> is not accessible to user <email>\", or what is "
                + "wrong with limit or after")
        public String status;
        @Schema(type = SchemaType.ARRAY, implementation = Case.class, nullable = true)
        public List<Case> data;
    }

    /** CaseView as JSON. */
    @Schema(name = "JobCase", description = "A case of a job (ours, §10 of the API contract)", requiredProperties = {
            "case", "name", "model", "weather", "state", "exit_code", "cputime", "message"})
    public static final class Case {
        // "case" is a Java keyword: the property is named in the annotation
        @Schema(name = "case", description = "The case number within the job, from 1", minimum = "1", example = "1")
        public int case_;
        @Schema(description = "The case's folder in the job's result folder", example = "a_w1")
        public String name;
        @Schema(description = "The model or project template, relative to the job's input folder", example = "a.idf")
        public String model;
        @Schema(description = "The weather file, relative to the job's input folder", example = "w1.epw")
        public String weather;
        @Schema(enumeration = {"QUEUED", "RUNNING", "SIMULATED", "FINISHED", "FAILED", "REJECTED", "CANCELLED"})
        public String state;
        @Schema(nullable = true, description = "The engine's exit code; null until a run ends")
        public Integer exit_code;
        @Schema(description = "CPU time of the case's run, whole seconds (0 until it ends)")
        public long cputime;
        @Schema(nullable = true, description = "How the case ended, or why it was rejected; null while none")
        public String message;
    }

    @Schema(name = "JobCreatedReply", description = "A submission's reply: the new job id, or 0 when refused "
            + "(JESS's Windows client reads data as a number)", requiredProperties = {"ok", "status", "data"})
    public static final class CreatedReply {
        public boolean ok;
        @Schema(description = "\"Job <id> is created\", or the reason of the refusal")
        public String status;
        @Schema(description = "The new job id; 0 when refused", minimum = "0")
        public long data;
    }

    /** JobStatusView as JSON. */
    @Schema(name = "JobStatus", description = "The job status object (JESS's field names)", requiredProperties = {"id",
            "job_ID", "status", "status_Info", "progress", "cancel_Flag", "completion_Time", "last_Update", "cases"})
    public static final class Status {
        @Schema(description = "Internal record number (clients do not use it)")
        public long id;
        @Schema(description = "The job id of every path")
        public long job_ID;
        @Schema(enumeration = {"UNPACKED", "ACCEPTED", "QUEUED", "FINISHED", "CANCELED", "REJECTED"})
        public String status;
        @Schema(nullable = true, example = "Job preparation done; awaiting execution.")
        public String status_Info;
        @Schema(description = "total, failed, rejected, cancelled, queued or running, simulated, collected",
                example = "20, 0, 0, 0, 16, 4, 0")
        public String progress;
        public boolean cancel_Flag;
        @Schema(nullable = true, description = "Epoch ms; null until the job ends")
        public Long completion_Time;
        @Schema(description = "Epoch ms")
        public long last_Update;
        @Schema(ref = "CaseCounts")
        public CaseCounts cases;
    }

    /** ProgressCounts as JSON. */
    @Schema(name = "CaseCounts", description = "The job's cases per state (ours, beside progress)", requiredProperties = {
            "total", "failed", "rejected", "cancelled", "queued", "running", "simulated", "collected"})
    public static final class CaseCounts {
        public int total;
        public int failed;
        public int rejected;
        public int cancelled;
        public int queued;
        public int running;
        public int simulated;
        public int collected;
    }

    /** JobListView as JSON. */
    @Schema(name = "JobListItem", description = "A job in the job list (JESS's field names; times are epoch ms, null "
            + "where a stage was not reached)", requiredProperties = {"job_SN", "id", "username", "job_Name", "job_Desc",
            "job_Type", "job_Subset", "job_Args", "njobs", "progress", "status", "message", "received", "accepted",
            "prepared", "simulated", "collected", "cancelled", "retrieved", "submissionSize", "storageSize",
            "resultSize", "cputime", "cases"})
    public static final class ListItem {
        @Schema(description = "The job id")
        public long job_SN;
        @Schema(description = "The owner's account id")
        public long id;
        @Schema(nullable = true)
        public String username;
        @Schema(nullable = true, description = "Caption")
        public String job_Name;
        @Schema(nullable = true)
        public String job_Desc;
        @Schema(enumeration = {"EP_IDF", "EP_IDF_SPLIT", "JE_JEP"})
        public String job_Type;
        @Schema(example = "ALL")
        public String job_Subset;
        @Schema(description = "\"\" unless the job has arguments (a jEPlus seed: seed=<n>)")
        public String job_Args;
        @Schema(description = "Number of cases")
        public int njobs;
        public String progress;
        @Schema(enumeration = {"UNPACKED", "ACCEPTED", "QUEUED", "FINISHED", "CANCELED", "REJECTED"})
        public String status;
        @Schema(nullable = true, description = "The same text as status_Info")
        public String message;
        public long received;
        @Schema(nullable = true)
        public Long accepted;
        @Schema(nullable = true)
        public Long prepared;
        @Schema(nullable = true)
        public Long simulated;
        @Schema(nullable = true)
        public Long collected;
        @Schema(nullable = true)
        public Long cancelled;
        @Schema(nullable = true)
        public Long retrieved;
        public long submissionSize;
        public long storageSize;
        public long resultSize;
        @Schema(description = "Whole seconds")
        public long cputime;
        @Schema(ref = "CaseCounts")
        public CaseCounts cases;
    }

    @Schema(name = "JobFilter", description = "The job-list filter; every field optional")
    public static final class Filter {
        @Schema(description = "First day of received, inclusive (YYYY-MM-DD)", example = "2020-12-01")
        public String since;
        @Schema(description = "Last day of received, inclusive (YYYY-MM-DD)", example = "2020-12-20")
        public String till;
        @Schema(description = "A job status, or several comma-separated: UNPACKED, ACCEPTED, QUEUED, FINISHED, "
                + "CANCELED, REJECTED", example = "FINISHED")
        public String status;
        @Schema(description = "At most this many jobs, newest first", minimum = "1", maximum = "1000", example = "100")
        public Integer limit;
        @Schema(description = "Only jobs with ids below this one (the last id of the previous page), newest first",
                format = "int64", example = "12259")
        public Long after;
    }

    @Schema(name = "JobSubmission", description = "A multipart submission: files and fields (fields may also come as "
            + "parts with a file name, as Python requests sends them)")
    public static final class Submission {
        @Schema(type = SchemaType.ARRAY, implementation = byte[].class,
                description = "The model and weather files, or zips of them (unpacked on the server); all parts named file")
        public List<byte[]> file;
        @Schema(description = "EP, JEP, RAD, DS or Scan, any letter case; absent or Scan: guessed from the files",
                example = "EP")
        public String type;
        @Schema(description = "Caption")
        public String title;
        @Schema(description = "Description")
        public String desc;
        @Schema(description = "The model (EP) or project file (JEP); optional when there is one candidate")
        public String model;
        @Schema(description = "The weather file; optional when the upload has one .epw")
        public String weather;
        @Schema(description = "true or false, any case: EnergyPlus run-period split (true is not supported yet)")
        public String split;
        @Schema(description = "JEP: DEFAULT, ALL, LHS or LIST_FILE")
        public String subset;
        @Schema(description = "JEP: the LHS sample size, or the list file of LIST_FILE")
        public String cases;
    }

    @Schema(name = "CreateCommand", description = "JESS's Create: a job from a folder of the upload area (uploadRef) "
            + "or from an earlier job's input files (jobRef); exactly one of the two", requiredProperties = "cmd")
    public static final class Create {
        @Schema(enumeration = "Create")
        public String cmd;
        public String caption;
        public String description;
        @Schema(description = "A folder of the caller's upload area", example = "/abc/example")
        public String uploadRef;
        @Schema(description = "One of the caller's jobs whose input files run again (0: none)")
        public long jobRef;
        @Schema(description = "The model or project file; absent: the batch rule")
        public String main;
        @Schema(type = SchemaType.ARRAY, implementation = String.class,
                description = "The weather files; absent or empty: every .epw of the folder")
        public List<String> weatherRef;
        public boolean split;
        @Schema(description = "DEFAULT, ALL, LHS or LIST_FILE")
        public String subset;
        @Schema(description = "LHS: the sample size", type = SchemaType.STRING)
        public String cases;
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "LIST_FILE: the list files")
        public List<String> caseList;
    }
}
