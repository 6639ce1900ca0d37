package org.jessserver.account.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jessserver.testing.Api;
import org.jessserver.testing.ServerProcess;
import org.jessserver.testing.OnePass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Password guessing over HTTP against the uberjar: log-ons refused once an account or an address has
 * failed too often, X-Forwarded-For believed from a trusted proxy only, and PBKDF2 never on more threads
 * than the pool's bound, nor on an HTTP thread, during a flood.
 */
@OnePass
class LogonThrottleIT {

    private static final Pattern THROTTLED = Pattern.compile("Too many failed log-ons; try again in (\\d+) s");
    private static final String NO_MATCH = "No matching username and password pair was found!";
    private static final String BUSY = "Server busy; try again";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @TempDir
    static Path data;

    static ServerProcess server;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        server = new ServerProcess(data, Map.of("JESS_ADMIN_EMAIL", Api.ADMIN_EMAIL, "JESS_ADMIN_PASSWORD", Api.ADMIN_PASSWORD,
                "JESS_TRUSTED_PROXIES", "127.0.0.1",
                // long enough first wait that the next request surely comes within it on a loaded machine
                "JESS_LOGON_WAIT_FIRST", "3s", "JESS_LOGON_WAIT_MAX", "12s",
                // a queue shorter than the flood, so that the flood meets a full one
                "JESS_HASH_QUEUE", "4")).start();
        api = server.api();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    /** A client address of its own for each test, sent the way our trusted proxy would. */
    private static String newAddress() {
        int n = SERIAL.incrementAndGet();
        return "203.0.113." + n;
    }

    private static JsonPath logon(String address, String email, String password) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .post(api.url("/users/api/auth")).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSixthWrongPasswordIsRefusedAtOnceAndTheRightOneWhileThrottledToo() throws Exception {
        String email = api.newUser("throttle");
        String address = newAddress();
        for (int i = 1; i <= 5; i++) {
            JsonPath r = logon(address, email, "wrong-" + i);
            assertEquals(NO_MATCH, r.getString("status"), "failure " + i + " is checked");
        }
        JsonPath sixth = logon(address, email, "wrong-6");
        assertFalse(sixth.getBoolean("ok"));
        assertTrue(THROTTLED.matcher(sixth.getString("status")).matches(), sixth.getString("status"));
        JsonPath right = logon(address, email, Api.PASSWORD);
        assertFalse(right.getBoolean("ok"), "the right password while throttled is refused: else guessing goes on");
        assertTrue(THROTTLED.matcher(right.getString("status")).matches(), right.getString("status"));
        // the same account from another address is throttled too: the count is the account's
        assertTrue(THROTTLED.matcher(logon(newAddress(), email, Api.PASSWORD).getString("status")).matches());

        // once the wait is over the next wrong password is checked, and the wait after it has doubled
        awaitLogonHeard(address, email, "wrong-7", NO_MATCH);
        long doubled = waitNamed(logon(address, email, "wrong-8"));
        assertTrue(doubled > 3 && doubled <= 6, "the wait doubles: 3 s, then 6 s; named " + doubled);

        // a success resets: four more failures are all checked, the fifth starts the first wait again
        awaitLogonHeard(address, email, Api.PASSWORD, "Logged in successfully!");
        for (int i = 1; i <= 4; i++) {
            assertEquals(NO_MATCH, logon(address, email, "again-" + i).getString("status"));
        }
        assertEquals(NO_MATCH, logon(address, email, "again-5").getString("status"));
        long first = waitNamed(logon(address, email, Api.PASSWORD));
        assertTrue(first <= 3, "back to the first wait of 3 s; named " + first);
    }

    @Test
    void twentyFailuresFromOneAddressRefuseEveryAccountFromThatAddressOnly() {
        String email = api.newUser("address");
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            assertEquals(NO_MATCH, logon(address, "nobody-" + i + "@it.example", "guess").getString("status"));
        }
        JsonPath blocked = logon(address, email, Api.PASSWORD);
        assertFalse(blocked.getBoolean("ok"));
        assertTrue(THROTTLED.matcher(blocked.getString("status")).matches(), blocked.getString("status"));
        assertTrue(logon(newAddress(), email, Api.PASSWORD).getBoolean("ok"), "from another address the account logs on");
    }

    @Test
    void aPeerThatIsNoTrustedProxyCannotChooseItsAddress() throws IOException {
        // 127.0.0.2 is not in JESS_TRUSTED_PROXIES: each made-up X-Forwarded-For is ignored and all count for 127.0.0.2
        for (int i = 0; i < 20; i++) {
            String reply = rawLogon("127.0.0.2", "198.51.100." + i, "nobody-" + i + "@it.example", "guess");
            assertTrue(reply.contains(NO_MATCH), reply);
        }
        String refused = rawLogon("127.0.0.2", "198.51.100.200", "nobody-x@it.example", "guess");
        assertTrue(THROTTLED.matcher(refused).find(), refused);
    }

    @Test
    void aFloodHashesOnNoMoreThreadsThanTheBoundAndOnNoHttpThread() throws Exception {
        int bound = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        long pid = serverPid();
        AtomicBoolean flooding = new AtomicBoolean(true);
        Set<String> replies = ConcurrentHashMap.newKeySet();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService flood = Executors.newFixedThreadPool(16);
        for (int t = 0; t < 16; t++) {
            int client = t;
            flood.submit(() -> {
                for (int n = 0; flooding.get(); n++) {
                    // distinct accounts from distinct addresses: nothing is throttled, every log-on is hashed
                    var r = given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.18." + client + "." + (n % 250))
                            .body("{\"email\":\"flood-" + client + "-" + n + "@it.example\",\"password\":\"guess\"}")
                            .post(api.url("/users/api/auth"));
                    replies.add(r.statusCode() + " " + r.jsonPath().getString("status"));
                    answered.incrementAndGet();
                }
                return null;
            });
        }
        int most = 0;
        int samplesHashing = 0;
        List<String> onHttpThreads = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            for (int sample = 0; (sample < 10 || samplesHashing < 3) && System.nanoTime() < deadline; sample++) {
                List<String> hashing = threadsHashing(pid);
                most = Math.max(most, hashing.size());
                samplesHashing += hashing.isEmpty() ? 0 : 1;
                hashing.stream().filter(name -> name.contains("http-thread-pool")).forEach(onHttpThreads::add);
            }
        } finally {
            flooding.set(false);
            flood.shutdown();
            assertTrue(flood.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertTrue(samplesHashing >= 3, "the flood kept the pool hashing; samples with hashing: " + samplesHashing);
        assertTrue(most <= bound, "at most " + bound + " threads hash at once; seen " + most);
        assertEquals(List.of(), onHttpThreads, "no HTTP thread hashes: it is free for other calls meanwhile");
        assertEquals(Set.of("200 " + NO_MATCH, "200 " + BUSY), replies,
                "every log-on answered: checked, or refused while the queue (4) is full; " + answered.get() + " answers");
    }

    /** Names of the server's threads that are inside PBKDF2 right now, from a thread dump (jcmd). */
    private static List<String> threadsHashing(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "Thread.print").redirectErrorStream(true).start();
        String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jcmd.waitFor(), dump);
        List<String> names = new ArrayList<>();
        for (String thread : dump.split("\n\\s*\n")) {
            if (thread.startsWith("\"") && thread.contains("PBKDF2")) {
                names.add(thread.substring(1, thread.indexOf('"', 1)));
            }
        }
        return names;
    }

    private static long serverPid() {
        String port = String.valueOf(server.port());
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(port) && String.join(" ", a).contains("jess-server.jar"))
                        .orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("server process not found")).pid();
    }

    /** Log-on through a socket bound to the given local address, so that the server sees that peer. */
    private static String rawLogon(String from, String forwardedFor, String email, String password) throws IOException {
        byte[] body = ("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /users/api/auth HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nX-Forwarded-For: " + forwardedFor + "\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long waitNamed(JsonPath reply) {
        Matcher m = THROTTLED.matcher(reply.getString("status"));
        assertTrue(m.matches(), reply.getString("status"));
        return Long.parseLong(m.group(1));
    }

    /** Repeats a log-on while it is refused as throttled (which counts nothing), until it gets the expected status. */
    private static void awaitLogonHeard(String address, String email, String password, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String status;
        do {
            status = logon(address, email, password).getString("status");
            if (!THROTTLED.matcher(status).matches()) {
                assertEquals(expected, status);
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("still throttled after 30 s: " + status);
    }
}
