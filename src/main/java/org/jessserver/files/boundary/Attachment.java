package org.jessserver.files.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Content-Disposition of a download, RFC 6266 style: an ASCII-safe filename and the exact UTF-8 filename*. */
final class Attachment {

    private Attachment() {
    }

    static String disposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c < 32 || c > 126 || c == '"' || c == '\\' ? '_' : (char) c));
        String exact = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }
}
