package org.jessserver.web.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jessserver.platform.control.EntityTags;

/**
 * Serves the web page: its document at the root (and at /ui/), its script and style under /ui/. Anything else
 * under /ui/ gets the JSON 404 of every other unknown path.
 */
// "" is the exact context root and /ui/* a longer prefix than the JAX-RS application's /*, so both win over it
@WebServlet(urlPatterns = {"", PageServlet.PREFIX + "*"})
public class PageServlet extends HttpServlet {

    static final String PREFIX = "/ui/";
    static final String INDEX = "index.html";

    /**
     * The page runs only its own script and style and talks only to this server; it may not be framed, and inline
     * script (the way an injected text would run) is refused by the browser.
     */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Map<String, PageAsset> assets = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = name(request);
        PageAsset asset = PageAsset.known(name) ? assets.computeIfAbsent(name, this::read) : null;
        if (asset == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        // revalidated on every load, so that a new version of the server is never paired with an old script
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", asset.etag());
        if (EntityTags.noneMatchHits(request.getHeader("If-None-Match"), asset.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(asset.contentType());
        response.setContentLength(asset.bytes().length);
        response.getOutputStream().write(asset.bytes());
    }

    /** The file asked for: the document for the root and for /ui/ itself. */
    private static String name(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/") || path.equals(PREFIX)) {
            return INDEX;
        }
        return path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
    }

    /** The file from the WAR; null (never cached) when the WAR lacks it. */
    private PageAsset read(String name) {
        try (InputStream in = getServletContext().getResourceAsStream(PREFIX + name)) {
            return in == null ? null : PageAsset.of(name, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the page's " + name + " from the application", e);
        }
    }
}
