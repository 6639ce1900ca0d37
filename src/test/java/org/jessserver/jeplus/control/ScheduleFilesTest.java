package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleFilesTest {

    @TempDir
    Path dir;

    Path upload;
    Path models;
    Path caseDir;

    @BeforeEach
    void folders() throws IOException {
        upload = Files.createDirectory(dir.resolve("upload"));
        models = Files.createDirectory(upload.resolve("models"));
        Files.createDirectory(models.resolve("sched"));
        Files.writeString(models.resolve("sched/occ_2.csv"), "1,0.5\n");
        caseDir = Files.createDirectory(dir.resolve("case"));
    }

    private String prepare(String template, List<String> tags, List<String> values) throws Exception {
        Path t = Files.writeString(models.resolve("t.idf"), template);
        ModelWriter.writeIdf(t, caseDir, tags, values);
        ModelWriter.localiseScheduleFiles(caseDir, models, upload);
        return Files.readString(caseDir.resolve("in.idf"));
    }

    @Test
    void scheduleFilesAreCopiedAndNamedBare() throws Exception {
        String idf = prepare("""
                  Schedule:File,
                    Occupancy,               !- Name, with a comma; and a semicolon
                    Fraction,                !- Schedule Type Limits Name
                    sched/occ_@@n@@.csv,     !- File Name
                    2;                       !- Column Number
                  Schedule:File:Shading,
                    sched/other.csv;         !- not a Schedule:File
                """, List.of("@@n@@"), List.of("2"));
        assertTrue(idf.contains("    occ_2.csv,     !- File Name\n"), idf);
        assertTrue(idf.contains("    Occupancy,               !- Name, with a comma; and a semicolon\n"), idf);
        assertTrue(idf.contains("sched/other.csv;"), idf);
        assertEquals("1,0.5\n", Files.readString(caseDir.resolve("occ_2.csv")));
    }

    @Test
    void aCompactObjectIsRewrittenToo() throws Exception {
        String idf = prepare("schedule:file,Occ,Fraction,sched/occ_2.csv,2;\n", List.of(), List.of());
        assertEquals("schedule:file,Occ,Fraction,occ_2.csv,2;\n", idf);
    }

    @Test
    void aMissingInputFailsTheCaseNamingIt() {
        CasePreparationException e = assertThrows(CasePreparationException.class,
                () -> prepare("Schedule:File, Occ, Fraction, sched/none.csv, 2;\n", List.of(), List.of()));
        assertTrue(e.getMessage().contains("none.csv"), e.getMessage());
    }

    @Test
    void anInputOutsideTheUploadIsRefused() {
        assertThrows(CasePreparationException.class,
                () -> prepare("Schedule:File, Occ, Fraction, /etc/hostname, 1;\n", List.of(), List.of()));
        assertThrows(CasePreparationException.class,
                () -> prepare("Schedule:File, Occ, Fraction, ../../x.csv, 1;\n", List.of(), List.of()));
    }

    @Test
    void aModelWithoutScheduleFilesIsLeftAsItIs() throws Exception {
        assertEquals("Version, 8.9;\n! Schedule:File, a, b, c.csv;\n",
                prepare("Version, 8.9;\n! Schedule:File, a, b, c.csv;\n", List.of(), List.of()));
    }
}
