package org.jessserver.platform.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Texts and envelope schemas that the /openapi annotations of every component share: documentation only. */
public final class ApiDocs {

    /** The two security schemes: the session cookie of log-on, or the same token as a Bearer header. */
    public static final String COOKIE = "session_token";
    public static final String BEARER = "bearer";

    public static final String OK = "200";
    public static final String UNAUTHORIZED = "401";
    public static final String FORBIDDEN = "403";

    public static final String UNAUTHORIZED_TEXT = "No session token, or an expired, tampered, revoked or malformed one";
    public static final String UNAUTHORIZED_EXAMPLE =
            "{\"ok\":false,\"status\":\"Not logged on: no valid session token\",\"data\":null}";
    public static final String FORBIDDEN_TEXT = "The account lacks the role of this call (or a cross-site request)";
    public static final String FORBIDDEN_EXAMPLE =
            "{\"ok\":false,\"status\":\"Forbidden: your account lacks the role for this call\",\"data\":null}";
    public static final String BUSINESS = "The envelope: ok:true with the payload, or a business refusal "
            + "(ok:false, a message naming the problem, data:null) that is also HTTP 200, as JESS's clients expect";

    /** Response component names, used as @APIResponse(ref = ...). */
    public static final String REF_UNAUTHORIZED = "Unauthorized";
    public static final String REF_FORBIDDEN = "Forbidden";

    /** An id path parameter: JESS's clients send numbers, anything else is refused as not accessible. */
    public static final String JOB_ID = "The job id (job_ID, job_SN); an id that is not a positive number, "
            + "or a job that is not the caller's, gets the refusal of a missing job";

    private ApiDocs() {
    }

    /** A refusal, or a reply without payload. */
    @Schema(name = "Refusal", description = "JESS's envelope without payload: a refusal (ok:false) or a reply "
            + "whose data is always null", requiredProperties = {"ok", "status", "data"})
    public static final class Refusal {
        @Schema(description = "false for every refusal")
        public boolean ok;
        @Schema(description = "A human message naming the problem")
        public String status;
        @Schema(nullable = true, description = "null", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
        public Object data;
    }

    /** VersionInfo as JSON. */
    @Schema(name = "VersionInfo", description = "The bare version object of GET /info (no envelope)",
            requiredProperties = {"Title", "Description", "Major", "Minor", "Revision", "Release", "Update", "Notice"})
    public static final class Version {
        public String Title;
        public String Description;
        public int Major;
        public int Minor;
        public int Revision;
        @Schema(example = "2026-11-30")
        public String Release;
        public int Update;
        public String Notice;
    }
}
