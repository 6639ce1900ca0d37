package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jessserver.engine.control.ModelVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template's EnergyPlus version comes from its first uncommented Version object (jeplus.md §5.5). */
class TemplateVersionTest {

    @TempDir
    Path dir;

    @Test
    void shoeboxIsAnEnergyPlus89ModelDespiteItsCommentedOutVersions() throws IOException {
        Path shoebox = ModelWriterTest.SHOEBOX_DIR.resolve("shoebox.idf");
        // jeplus.md §5.5 counts two commented-out Version objects; the file has four (8.8), all after the real one
        assertEquals(4, Files.readAllLines(shoebox).stream().filter(l -> l.matches("!\\s*Version,.*")).count());
        assertEquals(Optional.of("8.9"), ModelVersion.of(shoebox));
    }

    @Test
    void anImfTemplateIsReadPastItsDirectives() throws IOException {
        Path imf = Files.writeString(dir.resolve("m.imf"), "##fileprefix ./\n##def x[] 1\n! Version, 8.8;\n"
                + "Version, 9.3;\n##include part.idf\n");
        assertEquals(Optional.of("9.3"), ModelVersion.of(imf));
    }
}
