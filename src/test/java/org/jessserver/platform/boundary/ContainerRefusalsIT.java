package org.jessserver.platform.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jessserver.testing.OnePass;
import org.jessserver.testing.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests that Grizzly or the servlet container refuse before the application sees them. They cannot
 * carry the JSON envelope (the container writes them itself, with no error page), but they must never be
 * an HTML page or a stack trace: a bare status with an empty body, as the README says.
 */
@OnePass
class ContainerRefusalsIT {

    @TempDir
    static Path data;

    static ServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        server = new ServerProcess(data, Map.of()).start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aHeaderOverTheLimitIsABare400() throws IOException {
        assertBare(400, send("GET /users/api/info HTTP/1.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n"));
    }

    @Test
    void anOverlongUrlIsABare400() throws IOException {
        assertBare(400, send("GET /users/api/info?x=" + "a".repeat(20_000) + " HTTP/1.1\r\n"));
    }

    @Test
    void aNulByteInThePathIsABare400() throws IOException {
        assertBare(400, send("GET /jess_web/api/job/status/1%00 HTTP/1.1\r\n"));
    }

    @Test
    void anEscapedBackslashInThePathIsABare400() throws IOException {
        assertBare(400, send("GET /jess_web/api/job/status/..%5c1 HTTP/1.1\r\n"));
    }

    @Test
    void aBrokenEscapeInThePathGetsNoPageEither() throws IOException {
        // Payara lets the decoding error escape: the status stays 200 (a Payara defect), the body empty
        Reply r = send("GET /jess_web/api/job/status/%zz HTTP/1.1\r\n");
        assertEquals("", r.body(), r.head());
        assertFalse(r.head().toLowerCase(Locale.ROOT).contains("text/html"), r.head());
    }

    @Test
    void theServerAnswersAsBeforeAfterwards() throws IOException {
        send("GET /jess_web/api/job/status/1%00 HTTP/1.1\r\n");
        given().get(server.api().url("/users/api/info")).then().statusCode(200);
    }

    private static void assertBare(int status, Reply r) {
        assertTrue(r.head().startsWith("HTTP/1.1 " + status + " "), r.head());
        assertFalse(r.head().toLowerCase(Locale.ROOT).contains("text/html"), r.head());
        assertEquals("", r.body(), r.head());
    }

    private record Reply(String head, String body) {
    }

    /** Sent byte for byte: an HTTP client library would escape or refuse these requests itself. */
    private static Reply send(String requestWithoutEnd) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write((requestWithoutEnd + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String all = readAll(s.getInputStream());
            int end = all.indexOf("\r\n\r\n");
            return end < 0 ? new Reply(all, "") : new Reply(all.substring(0, end), all.substring(end + 4));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            in.transferTo(buf);
        } catch (java.net.SocketException reset) {
            // a refusing server may reset the connection once it has answered
        }
        return buf.toString(StandardCharsets.ISO_8859_1);
    }
}
