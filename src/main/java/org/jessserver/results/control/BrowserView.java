package org.jessserver.results.control;

import java.util.Locale;

/**
 * How a result file is shown in a browser: a report page as HTML, everything else as text. The reply also
 * carries a sandbox policy, so a page that came in with a job cannot run scripts against this server.
 */
public final class BrowserView {

    public static final String HTML = "text/html; charset=UTF-8";
    public static final String TEXT = "text/plain; charset=UTF-8";
    public static final String POLICY = "sandbox";

    private BrowserView() {
    }

    /** HTML for .htm/.html (EnergyPlus's eplustbl.htm); any other file, binary ones too, as plain text. */
    public static String mediaType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".htm") || name.endsWith(".html") ? HTML : TEXT;
    }
}
