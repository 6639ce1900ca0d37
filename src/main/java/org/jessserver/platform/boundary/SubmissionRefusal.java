package org.jessserver.platform.boundary;

/**
 * The one refusal with a number in it: JESS answers a refused POST /jess_web/api/job with "data":0,
 * and the Windows client parses that field as a 64-bit integer before it shows the message.
 */
final class SubmissionRefusal {

    /** The data of a refused submission. */
    static final long DATA = 0L;

    private static final String PATH = "jess_web/api/job";

    private SubmissionRefusal() {
    }

    /** True for a POST to the submission path, given without or with its leading and trailing slashes. */
    static boolean applies(String method, String path) {
        if (!"POST".equalsIgnoreCase(method) || path == null) {
            return false;
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        p = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        return p.equals(PATH);
    }
}
