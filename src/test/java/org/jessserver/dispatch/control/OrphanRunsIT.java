package org.jessserver.dispatch.control;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jessserver.testing.Await;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnePass;
import org.jessserver.testing.Processes;
import org.jessserver.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the server: the simulations it started end by themselves, those of another server on the same host go on
 * untouched, and no case runs twice at once; a normal stop leaves nothing behind either.
 */
@OnePass
class OrphanRunsIT {

    private static final String CASE = "sleep=8 children=2 ignore-term";

    @TempDir
    Path data;

    @Test
    void aKilledServersSimulationsEndWithinSecondsAndTheirCasesRunAgainOneAtATime() throws Exception {
        Path runs = data.resolve("runs.txt");
        Path jobs = data.resolve("server/jobs");
        Map<String, String> env = new HashMap<>(Map.of(
                "JESS_ADMIN_EMAIL", "admin@orphans.example", "JESS_ADMIN_PASSWORD", "orphans-pass-1",
                "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"),
                "JESS_WORKERS", "2", "JESS_LEASE", "10s", "JESS_CASE_TIMEOUT", "2m"));
        long id;
        long gone;
        Set<Long> killed = new HashSet<>();
        Set<Long> bystanders = new HashSet<>();
        ServerProcess bystander = new ServerProcess(data.resolve("bystander"), with(env, "bystander")).start();
        ServerProcess first = null;
        try {
            first = new ServerProcess(data.resolve("server"), with(env, "first")).start();
            JobClient client = new JobClient(first.api(), first.api().token("admin@orphans.example", "orphans-pass-1"));
            id = client.submitOk(given()
                    .multiPart("file", "m1.idf", JobClient.fakeModel(CASE, "runs=" + runs))
                    .multiPart("file", "m2.idf", JobClient.fakeModel(CASE, "runs=" + runs))
                    .multiPart("file", "in.epw", JobClient.weather()));
            // both engines, their sleeps and their four children that ignore SIGTERM
            Await.until("both runs are under way with their children", Duration.ofSeconds(60), () -> {
                killed.addAll(Processes.workingIn(jobs));
                return lines(runs).size() >= 2 && killed.size() >= 8;
            });
            // the same kind of run by another server on this host, under way when the first one dies
            JobClient other = new JobClient(bystander.api(), bystander.api().token("admin@orphans.example", "orphans-pass-1"));
            long theirs = other.submitOk(given().multiPart("file", "b.idf", JobClient.fakeModel(
                    "sleep=15 children=2 ignore-term", "runs=" + runs)).multiPart("file", "in.epw", JobClient.weather()));
            Await.until("the other server's run is under way", Duration.ofSeconds(60), () -> {
                if (lines(runs).stream().noneMatch(l -> l.startsWith("start bystander "))) {
                    return false;
                }
                // the engine, its sleep and its children; not the watcher's sleeps, which come and go by themselves
                Processes.workingIn(data.resolve("bystander/jobs")).stream()
                        .filter(pid -> Processes.commandLine(pid).matches("/bin/bash .*|sleep (15|infinity)"))
                        .forEach(bystanders::add);
                return bystanders.size() >= 4;
            });
            first.kill();
            Await.until("every process of the killed server's runs has ended", Duration.ofSeconds(5), () ->
                    killed.stream().noneMatch(Processes::alive) && Processes.workingIn(jobs).isEmpty());
            gone = System.currentTimeMillis();
            assertEquals(List.of(), bystanders.stream().filter(pid -> !Processes.alive(pid)).toList(),
                    "processes of the other server's run were stopped");
            JsonPath t = other.awaitTerminal(theirs, Duration.ofSeconds(60));
            assertEquals("1, 0, 0, 0, 0, 0, 1", t.getString("data.progress"), "the other server's case ran to its end");
        } finally {
            if (first != null) {
                first.kill();
            }
            bystander.stop();
        }

        ServerProcess second = new ServerProcess(data.resolve("server"), with(env, "second")).start();
        try {
            JobClient client = new JobClient(second.api(), second.api().token("admin@orphans.example", "orphans-pass-1"));
            JsonPath s = client.awaitTerminal(id, Duration.ofSeconds(120));
            assertEquals("FINISHED", s.getString("data.status"));
            assertEquals("2, 0, 0, 0, 0, 0, 2", s.getString("data.progress"), "both cases ran to the end");

            // a normal stop (SIGTERM) with a run under way that ignores SIGTERM leaves nothing behind either
            long stubborn = client.submitOk(given().multiPart("file", "h.idf", JobClient.fakeModel("hang children=2 ignore-term"))
                    .multiPart("file", "in.epw", JobClient.weather()));
            Path stubbornDir = jobs.resolve(Long.toString(stubborn));
            Set<Long> running = new HashSet<>();
            Await.until("the stubborn run is under way", Duration.ofSeconds(60), () -> {
                Processes.workingIn(stubbornDir).stream()
                        .filter(pid -> Processes.commandLine(pid).matches("/bin/bash .*|sleep (1000|infinity)"))
                        .forEach(running::add);
                return running.size() >= 4;
            });
            second.stop();
            Await.until("every process of the stopped server's run has ended", Duration.ofSeconds(5), () ->
                    running.stream().noneMatch(Processes::alive) && Processes.workingIn(stubbornDir).isEmpty());
        } finally {
            second.stop();
        }
        List<String> all = lines(runs);
        assertEquals(List.of("start", "end"), all.stream().filter(l -> l.contains(" bystander "))
                .map(l -> l.split(" ")[0]).toList(), "the other server's run: " + all);
        Map<String, List<String[]>> byCase = all.stream().filter(l -> !l.contains(" bystander "))
                .map(l -> l.split(" ")).collect(Collectors.groupingBy(f -> f[2]));
        assertEquals(2, byCase.size(), "runs: " + all);
        for (var e : byCase.entrySet()) {
            List<String> events = e.getValue().stream().map(f -> f[0] + " " + f[1]).toList();
            assertEquals(List.of("start first", "start second", "end second"), events, "runs of " + e.getKey());
            long again = Long.parseLong(e.getValue().get(1)[3]);
            assertTrue(again >= gone, e.getKey() + " ran again at " + again + ", before its first run had ended at "
                    + gone);
        }
        Await.until("the second server's runs left nothing behind", Duration.ofSeconds(5),
                () -> Processes.workingIn(data).isEmpty());
    }

    private static Map<String, String> with(Map<String, String> env, String instance) {
        Map<String, String> out = new HashMap<>(env);
        out.put("FAKE_INSTANCE", instance);
        return out;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
