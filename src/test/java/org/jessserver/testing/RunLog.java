package org.jessserver.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

/**
 * The run log the stand-in engine writes when a model says {@code ! fake: runs=<file>}: a line "start <instance> <dir>
 * <epoch-ms>" when a case's engine starts and "end ..." when it completes.
 */
public final class RunLog {

    private RunLog() {
    }

    public static long starts(Path log) {
        return count(log, "start ");
    }

    public static long ends(Path log) {
        return count(log, "end ");
    }

    /** The log shows that many starts and ends, and no case folder started twice. */
    public static void assertRanOnce(Path log, int starts, int ends) throws IOException {
        List<String> lines = Files.readAllLines(log);
        List<String> dirs = lines.stream().filter(l -> l.startsWith("start ")).map(l -> l.split(" ")[2]).toList();
        assertEquals(starts, dirs.size(), String.join("\n", lines));
        assertEquals(starts, new HashSet<>(dirs).size(), "no case started twice:\n" + String.join("\n", lines));
        assertEquals(ends, ends(log), String.join("\n", lines));
    }

    private static long count(Path log, String prefix) {
        try {
            return !Files.isRegularFile(log) ? 0
                    : Files.readAllLines(log).stream().filter(l -> l.startsWith(prefix)).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
