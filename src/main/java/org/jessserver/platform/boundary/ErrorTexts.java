package org.jessserver.platform.boundary;

/** Human texts for the HTTP errors the container itself may answer with. */
public final class ErrorTexts {

    /** Request attribute in which the security mechanism says why a session was not accepted. */
    public static final String AUTH_PROBLEM = "jess.auth.problem";

    /** Request attribute with the reason of a refusal the application itself sent as an error (cross-site). */
    public static final String REFUSAL = "jess.refusal";

    private ErrorTexts() {
    }

    static String forStatus(int code) {
        return switch (code) {
            case 400 -> "Bad request";
            case 401 -> "Not logged on: no valid session token";
            case 403 -> "Forbidden: your account lacks the role for this call";
            case 404 -> "No such resource";
            case 405 -> "Method not allowed";
            case 413 -> "Request too large";
            case 415 -> "Unsupported content type";
            case 500 -> "Internal server error";
            case 503 -> "Service unavailable";
            default -> "HTTP error " + code;
        };
    }
}
