package org.jessserver.web.boundary;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jessserver.platform.control.EntityTags;

/** One file of the web page as it is served: its bytes, its type and an entity tag made from its content. */
record PageAsset(String name, byte[] bytes, String contentType, String etag) {

    /** The page's files by name, with their types: nothing else under /ui/ is served. */
    static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=UTF-8",
            "app.js", "text/javascript; charset=UTF-8",
            "app.css", "text/css; charset=UTF-8");

    static boolean known(String name) {
        return TYPES.containsKey(name);
    }

    static PageAsset of(String name, byte[] bytes) {
        String type = Optional.ofNullable(TYPES.get(name))
                .orElseThrow(() -> new IllegalArgumentException("not a file of the page: " + name));
        return new PageAsset(name, bytes, type, EntityTags.strong(new String(bytes, StandardCharsets.UTF_8)));
    }
}
