package org.jessserver.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelVersionTest {

    @TempDir
    Path dir;

    private Optional<String> versionOf(String text) throws IOException {
        Path model = Files.createTempFile(dir, "m", ".idf");
        Files.writeString(model, text, StandardCharsets.ISO_8859_1);
        return ModelVersion.of(model);
    }

    @Test
    void compactVersion() throws IOException {
        assertEquals(Optional.of("9.3"), versionOf("Version,9.3;\n"));
    }

    @Test
    void idfEditorLayoutWithFieldComment() throws IOException {
        assertEquals(Optional.of("25.2"), versionOf("  Version,\n    25.2.0;   !- Version Identifier\n"));
    }

    @Test
    void caseInsensitiveAndThreePartVersion() throws IOException {
        assertEquals(Optional.of("8.9"), versionOf("VERSION, 8.9.0;"));
        assertEquals(Optional.of("8.9"), versionOf("version,8.9;"));
    }

    @Test
    void windowsLineEndingsAndTabs() throws IOException {
        assertEquals(Optional.of("22.1"), versionOf("!-Generator IDFEditor\r\n\tVersion,\r\n\t22.1;\r\n"));
    }

    @Test
    void commentedOutVersionIsIgnored() throws IOException {
        assertEquals(Optional.of("9.4"), versionOf("! Version,7.2;\n!Version,8.0;\nVersion,9.4; ! was 9.3\n"));
    }

    @Test
    void versionAfterOtherObjects() throws IOException {
        String text = "Building,\n  Office, !- Name; with a semicolon in the comment\n  0;\n"
                + "Output:Variable,*,Version,hourly;\nTimestep,4;\nVersion,23.1;\n";
        assertEquals(Optional.of("23.1"), versionOf(text));
    }

    @Test
    void macroDirectivesOfImfFilesAreSkipped() throws IOException {
        assertEquals(Optional.of("9.3"), versionOf("##fileprefix C:\\models\n##def1 city[] Chicago, IL\n"
                + "##include header.imf\n  Version,9.3;\n"));
    }

    @Test
    void similarNamesAreNotVersion() throws IOException {
        assertEquals(Optional.empty(), versionOf("VersionX,9.3;\nMy Version,9.1;\nTimestep,4;\n"));
    }

    @Test
    void noVersionOrNoNumber() throws IOException {
        assertEquals(Optional.empty(), versionOf("Timestep,4;\nBuilding,Office;\n"));
        assertEquals(Optional.empty(), versionOf("Version,latest;\n"));
        assertEquals(Optional.empty(), versionOf(""));
    }

    @Test
    void missingFileHasNoVersion() {
        assertEquals(Optional.empty(), ModelVersion.of(dir.resolve("absent.idf")));
    }

    @Test
    void versionDeepInALargeModelIsFoundWithinTheScanLimit() throws IOException {
        Path model = padded(ModelVersion.SCAN_LIMIT - 100_000);
        assertEquals(Optional.of("9.6"), ModelVersion.of(model));
    }

    @Test
    void versionBeyondTheScanLimitIsNotLookedFor() throws IOException {
        Path model = padded(ModelVersion.SCAN_LIMIT + 100_000);
        assertEquals(Optional.empty(), ModelVersion.of(model));
    }

    private Path padded(long bytesBeforeVersion) throws IOException {
        Path model = dir.resolve("large.idf");
        try (Writer out = Files.newBufferedWriter(model, StandardCharsets.ISO_8859_1)) {
            String object = "Schedule:Constant,Always On,Fraction,1.0;  ! padding \u00e9\n";
            long written = 0;
            while (written < bytesBeforeVersion) {
                out.write(object);
                written += object.length();
            }
            out.write("Version,9.6;\n");
        }
        return model;
    }

    @Test
    void engineBanner() {
        assertEquals(Optional.of("25.2"), ModelVersion.ofEngineBanner("EnergyPlus, Version 25.2.0-cf7368216c"));
        assertEquals(Optional.of("9.3"), ModelVersion.ofEngineBanner("EnergyPlus, Version 9.3.0-baff08990c\n"));
        assertEquals(Optional.empty(), ModelVersion.ofEngineBanner("command not found"));
        assertEquals(Optional.empty(), ModelVersion.ofEngineBanner(null));
    }
}
