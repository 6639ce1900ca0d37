package org.jessserver.job.control;

/** Keeps messages within their column (4000 characters). */
final class Texts {

    private Texts() {
    }

    static String fit(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3997) + "...";
    }
}
