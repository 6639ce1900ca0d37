package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobListWriterTest {

    static final Path SHOEBOX = Path.of("../shared/fixtures/jess-web-api/job_example/Shoebox_v8.9.zip");

    @TempDir
    Path dir;

    /** jEPlus's own joblist_out.csv from the Shoebox zip. */
    static byte[] fixture() throws IOException {
        try (ZipFile zip = new ZipFile(SHOEBOX.toFile())) {
            return zip.getInputStream(zip.getEntry("Shoebox_v8.9/joblist_out.csv")).readAllBytes();
        }
    }

    @Test
    void theHeaderEqualsTheFixturesFirstLineWithItsCrlf() throws IOException {
        String fixture = new String(fixture(), StandardCharsets.UTF_8);
        String firstLine = fixture.substring(0, fixture.indexOf("\r\n") + 2);
        List<String> tags = List.of("@@ts@@", "@@sd@@", "@@ori@@", "@@ins@@", "@@ins2@@", "@@win_constr@@",
                "@@win_w@@", "@@win_x@@", "@@overhang@@", "@@ach@@", "@@heating@@", "@@cooling@@");
        Path file = dir.resolve("joblist_out.csv");
        JobListWriter.write(file, tags, List.<EvaluatedCase>of().iterator());
        assertEquals(firstLine, Files.readString(file));
    }

    @Test
    void rewritingTheFixturesRowsGivesItsBytesIncludingTheLeadingSpaceValue() throws IOException {
        byte[] fixture = fixture();
        List<String[]> lines = new String(fixture, StandardCharsets.UTF_8).lines().map(l -> l.split(",", -1))
                .toList();
        List<String> tags = Arrays.asList(lines.get(0)).subList(3, lines.get(0).length);
        List<EvaluatedCase> cases = lines.subList(1, lines.size()).stream()
                .map(f -> new EvaluatedCase(f[0], Path.of(f[1]), Path.of(f[2]),
                        Arrays.asList(f).subList(3, f.length), dir.resolve(f[0])))
                .toList();
        assertTrue(cases.stream().anyMatch(c -> c.tagValues().contains(" Dbl Clr 3mm/13mm Arg")));
        Path file = dir.resolve("joblist_out.csv");
        JobListWriter.write(file, tags, cases.iterator());
        assertArrayEquals(fixture, Files.readAllBytes(file));
    }

    @Test
    void aValueWithACommaIsQuoted() throws IOException {
        Path file = dir.resolve("joblist_out.csv");
        JobListWriter.write(file, List.of("@@a@@"), List.of(new EvaluatedCase("C-0", Path.of("/job/w.epw"),
                Path.of("/job/m.idf"), List.of("x,y"), dir)).iterator());
        assertEquals("#Job_ID,Weather File, Model File,@@a@@\r\nC-0,/job/w.epw,/job/m.idf,\"x,y\"\r\n",
                Files.readString(file));
    }
}
