package org.jessserver.live.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnePass;
import org.jessserver.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand open streams on the uberjar, whose HTTP pool has 8 threads: no stream holds one, so status polls and a
 * job's whole run are served as usual meanwhile, and the streams carry that job's change.
 */
@OnePass
class ManyStreamsIT {

    private static final int STREAMS = 1000;

    @TempDir
    Path data;

    @Test
    void aThousandStreamsLeaveTheRequestThreadsFree() throws Exception {
        ServerProcess server = new ServerProcess(data, Map.of("JESS_ADMIN_EMAIL", "admin@many.example",
                "JESS_ADMIN_PASSWORD", "many-pass-1", "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"),
                "JESS_WORKERS", "2"));
        List<Socket> streams = new ArrayList<>();
        try {
            server.start();
            String token = server.api().token("admin@many.example", "many-pass-1");
            JobClient client = new JobClient(server.api(), token);
            for (int i = 0; i < STREAMS; i++) {
                streams.add(open(server.port(), token));
            }
            for (Socket s : streams) {
                String headers = headers(s.getInputStream());
                assertTrue(headers.startsWith("HTTP/1.1 200"), "stream open: " + headers + "\n" + server.log());
            }
            // every stream is open at once and waiting: requests still find threads
            long id = client.submitOk(given().multiPart("file", "a.idf", JobClient.fakeModel())
                    .multiPart("file", "in.epw", JobClient.weather()));
            for (int i = 0; i < 20; i++) {
                long t0 = System.nanoTime();
                client.status(id);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(ms < 2000, "a status poll took " + ms + " ms with " + STREAMS + " streams open");
            }
            assertEquals("FINISHED", client.awaitTerminal(id, Duration.ofSeconds(60)).getString("data.status"));
            // and every stream carried the job to its end
            for (Socket s : streams) {
                s.setSoTimeout(30_000);
                assertTrue(readUntil(s.getInputStream(), "\"status\":\"FINISHED\""), "the stream saw FINISHED");
            }
        } finally {
            for (Socket s : streams) {
                s.close();
            }
            server.stop();
        }
    }

    private static Socket open(int port, String token) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        s.setSoTimeout(60_000);
        s.getOutputStream().write(("GET /jess_web/api/jobs/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Accept: text/event-stream\r\nCookie: session_token=" + token + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return s;
    }

    private static String headers(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        while (b.indexOf("\r\n\r\n") < 0) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            b.append((char) c);
        }
        return b.toString();
    }

    /** Reads the stream until the text comes (true) or it ends (false). */
    private static boolean readUntil(InputStream in, String text) throws IOException {
        StringBuilder b = new StringBuilder();
        byte[] buf = new byte[4096];
        int n;
        while ((n = in.read(buf)) >= 0) {
            b.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            if (b.indexOf(text) >= 0) {
                return true;
            }
        }
        return false;
    }
}
