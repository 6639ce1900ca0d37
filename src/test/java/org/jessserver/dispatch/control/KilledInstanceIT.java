package org.jessserver.dispatch.control;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jessserver.testing.Await;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.Processes;
import org.jessserver.testing.ServerProcess;
import org.jessserver.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one host, one PostgreSQL database and one data folder, both running cases whose engines start
 * children and ignore SIGTERM; kill -9 of one: its simulations end within seconds, the other's run on untouched, and
 * the killed one's cases are taken over by the live one once their leases expire, never running twice at once.
 */
class KilledInstanceIT {

    private static final int CASES = 4;
    /** Long enough that the live instance's runs are still under way well after the kill. */
    private static final String LONG_RUN = "sleep=20 children=2 ignore-term";
    private static final Duration LEASE = Duration.ofSeconds(10);

    @TempDir
    Path data;

    @Test
    void aKilledInstancesRunsEndAndItsCasesMoveToTheLiveOneWhoseRunsGoOnUntouched() throws Exception {
        TestDatabase.assumePostgres();
        Path shared = data.resolve("shared");
        Path runs = data.resolve("runs.txt");
        ServerProcess a = new ServerProcess(shared, env("a"));
        ServerProcess b = new ServerProcess(shared, env("b"));
        try {
            // one after the other: two start-ups at once may not fit in the start limit on a loaded machine
            a.start();
            b.start();
            JobClient viaA = new JobClient(a.api(), a.api().token("admin@killed.example", "killed-pass-1"));
            JobClient viaB = new JobClient(b.api(), b.api().token("admin@killed.example", "killed-pass-1"));
            var parts = given().multiPart("file", "in.epw", JobClient.weather());
            for (int i = 0; i < CASES; i++) {
                parts = parts.multiPart("file", "m" + i + ".idf", JobClient.fakeModel(LONG_RUN, "runs=" + runs));
            }
            long id = viaA.submitOk(parts);

            // two workers each: a takes two cases, b the other two
            Set<Long> ofA = new HashSet<>();
            Set<Long> ofB = new HashSet<>();
            Await.until("each instance runs two cases, with their engines' children", Duration.ofSeconds(60), () -> {
                List<String> lines = lines(runs);
                ofA.addAll(simulationProcesses(dirsStartedBy(lines, "a")));
                ofB.addAll(simulationProcesses(dirsStartedBy(lines, "b")));
                // per case: the engine, its sleep and its two children
                return dirsStartedBy(lines, "a").size() == 2 && dirsStartedBy(lines, "b").size() == 2
                        && ofA.size() >= 8 && ofB.size() >= 8;
            });
            Set<Path> dirsOfA = dirsStartedBy(lines(runs), "a");
            Set<Path> dirsOfB = dirsStartedBy(lines(runs), "b");

            a.kill();
            long killedAt = System.currentTimeMillis();
            Await.until("every process of the killed instance's runs has ended", Duration.ofSeconds(5), () ->
                    ofA.stream().noneMatch(Processes::alive) && dirsOfA.stream().allMatch(d -> Processes.workingIn(d).isEmpty()));
            long gone = System.currentTimeMillis();
            assertEquals(Set.of(), ofB.stream().filter(pid -> !Processes.alive(pid)).collect(Collectors.toSet()),
                    "processes of the live instance's runs were stopped");
            System.out.printf("KilledInstanceIT: the killed instance's %d processes were gone %d ms after kill -9%n",
                    ofA.size(), gone - killedAt);

            JsonPath s = viaB.awaitTerminal(id, Duration.ofSeconds(180));
            assertEquals("FINISHED", s.getString("data.status"), s.prettify());
            assertEquals(CASES + ", 0, 0, 0, 0, 0, " + CASES, s.getString("data.progress"), "every case ended simulated");

            List<String> lines = lines(runs);
            for (Path dir : dirsOfB) {
                // the live instance's runs were neither stopped nor repeated: one start, one end, by b
                assertEquals(List.of("start b", "end b"), events(lines, dir), "runs of " + dir + ": " + lines);
            }
            for (Path dir : dirsOfA) {
                assertEquals(List.of("start a", "start b", "end b"), events(lines, dir), "runs of " + dir + ": " + lines);
                long again = time(lines, "start b", dir);
                assertTrue(again >= gone, dir + " ran again at " + again + ", before its first run had ended at " + gone);
                // renewed at most one beat (3 s) before the kill, the lease lasted at least that much less after it
                assertTrue(again - killedAt >= LEASE.minusSeconds(3).toMillis(), dir + " was taken over "
                        + (again - killedAt) + " ms after the kill, before its lease could have expired");
                System.out.printf("KilledInstanceIT: %s taken over %d ms after the kill%n", dir.getFileName(),
                        again - killedAt);
            }
            Await.until("the live instance's runs left nothing behind", Duration.ofSeconds(10),
                    () -> Processes.workingIn(shared.resolve("jobs")).isEmpty());
        } finally {
            a.crash();
            b.stop();
            b.crash();
        }
    }

    private static Map<String, String> env(String instance) {
        return Map.of("JESS_ADMIN_EMAIL", "admin@killed.example", "JESS_ADMIN_PASSWORD", "killed-pass-1",
                "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"), "JESS_WORKERS", "2",
                "JESS_LEASE", LEASE.toSeconds() + "s", "JESS_CASE_TIMEOUT", "2m", "FAKE_INSTANCE", instance);
    }

    /** The case folders whose runs the instance started, from the stand-in engine's log. */
    private static Set<Path> dirsStartedBy(List<String> lines, String instance) {
        return lines.stream().map(l -> l.split(" ")).filter(f -> f[0].equals("start") && f[1].equals(instance))
                .map(f -> Path.of(f[2])).collect(Collectors.toSet());
    }

    /** The engines, their sleeps and their children in the folders: not the wrappers' watchers, which come and go. */
    private static Set<Long> simulationProcesses(Set<Path> dirs) {
        Set<Long> found = new HashSet<>();
        for (Path dir : dirs) {
            Processes.workingIn(dir).stream()
                    .filter(pid -> Processes.commandLine(pid).matches("/bin/bash .*|sleep (20|infinity)"))
                    .forEach(found::add);
        }
        return found;
    }

    /** "start a", "end b" ... for one case folder, in the order logged. */
    private static List<String> events(List<String> lines, Path dir) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String[] f = l.split(" ");
            if (Path.of(f[2]).equals(dir)) {
                out.add(f[0] + " " + f[1]);
            }
        }
        return out;
    }

    private static long time(List<String> lines, String event, Path dir) {
        return lines.stream().map(l -> l.split(" ")).filter(f -> (f[0] + " " + f[1]).equals(event) && Path.of(f[2]).equals(dir))
                .mapToLong(f -> Long.parseLong(f[3])).findFirst().orElseThrow();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
