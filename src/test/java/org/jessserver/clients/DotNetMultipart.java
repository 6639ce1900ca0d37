package org.jessserver.clients;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body as .NET's MultipartFormDataContent writes it: a GUID boundary (quoted in the
 * Content-Type), each part's Content-Type before its Content-Disposition, names and file names unquoted.
 */
final class DotNetMultipart {

    private final String boundary = UUID.randomUUID().toString();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    String contentType() {
        return "multipart/form-data; boundary=\"" + boundary + "\"";
    }

    /** A ByteArrayContent with Content-Type application/octet-stream, added as (content, "file", fileName). */
    DotNetMultipart file(String fileName, byte[] bytes) {
        return part("Content-Type: application/octet-stream\r\nContent-Disposition: form-data; name=file; filename="
                + fileName + "; filename*=utf-8''" + fileName, bytes);
    }

    /** A StringContent (text/plain; charset=utf-8), added as (content, name). */
    DotNetMultipart field(String name, String value) {
        return part("Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=" + name,
                value.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(ascii("\r\n--" + boundary + "--\r\n"));
        return all.toByteArray();
    }

    private DotNetMultipart part(String headers, byte[] content) {
        body.writeBytes(ascii((body.size() == 0 ? "--" : "\r\n--") + boundary + "\r\n" + headers + "\r\n\r\n"));
        body.writeBytes(content);
        return this;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
