package org.jessserver.dispatch.control;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jessserver.testing.Await;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.Processes;
import org.jessserver.testing.ServerProcess;
import org.jessserver.testing.TcpProxy;
import org.jessserver.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A real database outage for the heartbeat rule: the server reaches PostgreSQL through a loopback proxy that the test
 * cuts, so its own driver and pool meet the failure, either as errors (the database went away) or as calls that hang
 * (a network that drops everything). Cut off, the instance stops its runs within half a lease and a margin, before
 * another instance could take their cases over, and starts none; once the database is back, it works on: the stopped
 * cases run again and finish, the queued one too, and no case runs twice at once.
 */
class DatabaseOutageIT {

    /** Long, so that the runs' leases outlast the stop by seconds in which the test looks at the cut-off server. */
    private static final Duration LEASE = Duration.ofSeconds(30);
    /** The heartbeat's period, and a hanging beat's limit, on top of half a lease; then time to stop the runs. */
    private static final Duration STOP_LIMIT = LEASE.dividedBy(2).plusSeconds(8);
    /** Longer than the start, the cut and the stop together: the runs are under way until stopped. */
    private static final String LONG_RUN = "sleep=40 children=2 ignore-term";

    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(TcpProxy.Cut.class)
    void anInstanceCutOffFromItsDatabaseStopsItsRunsStartsNoneAndWorksOnWhenItIsBack(TcpProxy.Cut how) throws Exception {
        TestDatabase.assumePostgres();
        Path dir = data.resolve("server");
        Path jobs = dir.resolve("jobs");
        Path runs = data.resolve("runs.txt");
        URI db = URI.create(TestDatabase.serverEnv(dir).get("JESS_DB_URL").substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(db.getHost(), db.getPort() < 0 ? 5432 : db.getPort())) {
            Map<String, String> env = new HashMap<>(Map.of("JESS_ADMIN_EMAIL", "admin@outage.example",
                    "JESS_ADMIN_PASSWORD", "outage-pass-1", "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"),
                    "JESS_WORKERS", "2", "JESS_LEASE", LEASE.toSeconds() + "s", "JESS_CASE_TIMEOUT", "3m",
                    "FAKE_INSTANCE", "s"));
            env.put("JESS_DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + db.getRawPath()
                    + (db.getRawQuery() == null ? "" : "?" + db.getRawQuery()));
            ServerProcess server = new ServerProcess(dir, env).start();
            try {
                JobClient client = new JobClient(server.api(), server.api().token("admin@outage.example", "outage-pass-1"));
                // two long runs for the two workers, and a short case that waits in the queue meanwhile
                long id = client.submitOk(given().multiPart("file", "in.epw", JobClient.weather())
                        .multiPart("file", "m0.idf", JobClient.fakeModel(LONG_RUN, "runs=" + runs))
                        .multiPart("file", "m1.idf", JobClient.fakeModel(LONG_RUN, "runs=" + runs))
                        .multiPart("file", "m2.idf", JobClient.fakeModel("sleep=1", "runs=" + runs)));
                Set<Long> running = new HashSet<>();
                Await.until("both long runs are under way with their children", Duration.ofSeconds(60), () -> {
                    Set<Path> started = startedDirs(lines(runs));
                    started.forEach(d -> running.addAll(simulationProcesses(d)));
                    return started.size() == 2 && running.size() >= 8;
                });
                Set<Path> cutRuns = startedDirs(lines(runs));

                proxy.cut(how);
                long cutAt = System.currentTimeMillis();
                Await.until("the cut-off instance has stopped its runs", STOP_LIMIT, () -> {
                    assertNoStartSince(runs, cutAt, "while cut off");
                    return running.stream().noneMatch(Processes::alive) && Processes.workingIn(jobs).isEmpty();
                });
                long stoppedAt = System.currentTimeMillis();
                System.out.printf("DatabaseOutageIT %s: runs stopped %d ms after the cut (lease %d s)%n", how,
                        stoppedAt - cutAt, LEASE.toSeconds());
                // workers are free and a case is queued: a worker that could reach the database would start it now
                long holdUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                while (System.nanoTime() < holdUntil) {
                    assertNoStartSince(runs, cutAt, "while cut off");
                    assertEquals(Set.of(), Processes.workingIn(jobs), "processes started while cut off");
                    Thread.sleep(50);
                }
                proxy.restore();
                long restoredAt = System.currentTimeMillis();

                JsonPath s = client.awaitTerminal(id, Duration.ofSeconds(180));
                assertEquals("FINISHED", s.getString("data.status"), s.prettify());
                assertEquals("3, 0, 0, 0, 0, 0, 3", s.getString("data.progress"), "every case ended simulated");
                List<String> lines = lines(runs);
                for (Path d : cutRuns) {
                    assertEquals(List.of("start", "start", "end"), events(lines, d), "runs of " + d + ": " + lines);
                    long again = starts(lines, d).get(1);
                    assertTrue(again >= restoredAt, d + " ran again at " + again + ", before the database was back at "
                            + restoredAt + ": " + lines);
                    System.out.printf("DatabaseOutageIT %s: %s ran again %d ms after the database was back%n", how,
                            d.getFileName(), again - restoredAt);
                }
                Path queued = jobs.resolve(Long.toString(id)).resolve("m2");
                assertEquals(List.of("start", "end"), events(lines, queued), "runs of the queued case: " + lines);
                assertTrue(starts(lines, queued).get(0) >= restoredAt, "the queued case started while cut off: " + lines);
                Await.until("the runs left nothing behind", Duration.ofSeconds(10), () -> Processes.workingIn(jobs).isEmpty());
            } finally {
                proxy.restore();
                server.stop();
                server.crash();
            }
        }
    }

    private static void assertNoStartSince(Path runs, long since, String when) {
        List<String> late = lines(runs).stream().filter(l -> l.startsWith("start ") && Long.parseLong(l.split(" ")[3]) >= since)
                .toList();
        assertEquals(List.of(), late, "runs started " + when);
    }

    private static Set<Path> startedDirs(List<String> lines) {
        return lines.stream().map(l -> l.split(" ")).filter(f -> f[0].equals("start")).map(f -> Path.of(f[2]))
                .collect(Collectors.toSet());
    }

    /** The engine, its sleep and its children: not the wrapper's watcher, whose sleeps come and go. */
    private static Set<Long> simulationProcesses(Path dir) {
        return Processes.workingIn(dir).stream()
                .filter(pid -> Processes.commandLine(pid).matches("/bin/bash .*|sleep (40|infinity)"))
                .collect(Collectors.toSet());
    }

    private static List<String> events(List<String> lines, Path dir) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String[] f = l.split(" ");
            if (Path.of(f[2]).equals(dir)) {
                out.add(f[0]);
            }
        }
        return out;
    }

    private static List<Long> starts(List<String> lines, Path dir) {
        return lines.stream().map(l -> l.split(" ")).filter(f -> f[0].equals("start") && Path.of(f[2]).equals(dir))
                .map(f -> Long.parseLong(f[3])).toList();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
