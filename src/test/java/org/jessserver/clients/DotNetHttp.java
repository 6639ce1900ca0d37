package org.jessserver.clients;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a raw socket, written byte for byte as .NET Framework's HttpClient writes it (header order,
 * {@code Connection: Keep-Alive}, {@code Expect: 100-continue} with its 350 ms wait), so that the server sees
 * exactly what JESS's Windows client sends.
 */
final class DotNetHttp {

    /** How long .NET waits for "100 Continue" before it sends the body anyway. */
    private static final int CONTINUE_WAIT_MS = 350;
    private static final int READ_TIMEOUT_MS = 60_000;

    private final int port;

    DotNetHttp(int port) {
        this.port = port;
    }

    /** A reply: status code, header lines as sent, body bytes. */
    record Reply(int status, List<String> headers, byte[] body) {

        String header(String name) {
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(h -> h.substring(h.indexOf(':') + 1).trim()).findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Reply get(String path, String cookie) throws IOException {
        return exchange("GET " + path + " HTTP/1.1\r\n" + cookieLine(cookie) + "Host: " + host() + "\r\n"
                + "Connection: Keep-Alive\r\n\r\n", null);
    }

    /** A POST with a body: .NET puts the content headers after the request's own, then Host, length and Expect. */
    Reply post(String path, String cookie, String contentType, byte[] body) throws IOException {
        return exchange("POST " + path + " HTTP/1.1\r\n" + cookieLine(cookie) + "Content-Type: " + contentType + "\r\n"
                + "Host: " + host() + "\r\n" + "Content-Length: " + body.length + "\r\n" + "Expect: 100-continue\r\n"
                + "Connection: Keep-Alive\r\n\r\n", body);
    }

    private String host() {
        return "127.0.0.1:" + port;
    }

    private static String cookieLine(String cookie) {
        return cookie == null ? "" : "Cookie: " + cookie + "\r\n";
    }

    private Reply exchange(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (body != null) {
                Reply early = awaitContinue(socket, in);
                if (early != null) {
                    return early;
                }
                out.write(body);
                out.flush();
            }
            socket.setSoTimeout(READ_TIMEOUT_MS);
            Reply r = readReply(in);
            while (r.status() == 100) {
                r = readReply(in);
            }
            return r;
        }
    }

    /** Null when the body may go (100 Continue, or .NET's wait ran out); a final reply when the server answered first. */
    private static Reply awaitContinue(Socket socket, InputStream in) throws IOException {
        socket.setSoTimeout(CONTINUE_WAIT_MS);
        try {
            Reply r = readReply(in);
            return r.status() == 100 ? null : r;
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    private static Reply readReply(InputStream in) throws IOException {
        String statusLine = line(in);
        if (!statusLine.startsWith("HTTP/1.1 ") && !statusLine.startsWith("HTTP/1.0 ")) {
            throw new IOException("not an HTTP reply: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        List<String> headers = new ArrayList<>();
        for (String h; !(h = line(in)).isEmpty(); ) {
            headers.add(h);
        }
        Reply head = new Reply(status, headers, new byte[0]);
        if (status == 100 || status == 204 || status == 304) {
            return head;
        }
        String length = head.header("Content-Length");
        String encoding = head.header("Transfer-Encoding");
        byte[] body = encoding != null && encoding.equalsIgnoreCase("chunked") ? chunked(in)
                : length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
        return new Reply(status, headers, body);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size; (size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) > 0; ) {
            body.write(in.readNBytes(size));
            line(in);
        }
        while (!line(in).isEmpty()) {
            // trailers
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new IOException("connection closed in the middle of a line: " + b);
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }
}
