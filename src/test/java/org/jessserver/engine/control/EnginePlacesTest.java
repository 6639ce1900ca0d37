package org.jessserver.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnginePlacesTest {

    @TempDir
    Path dir;

    @Test
    void dataFolderThenHomeThenInstallerFoldersNewestFirst() throws IOException {
        Path usrLocal = dir.resolve("usr-local");
        Files.createDirectories(usrLocal.resolve("EnergyPlus-9-3-0"));
        Files.createDirectories(usrLocal.resolve("EnergyPlus-25-2-0"));
        Files.createDirectories(usrLocal.resolve("bin"));
        EnginePlaces places = EnginePlaces.standard(Path.of("/srv/jess/./data"), Path.of("/home/ada"), usrLocal);

        assertEquals(List.of(Path.of("/srv/jess/data/energyplus/bin/energyplus"),
                Path.of("/home/ada/.local/share/jess-server/energyplus/bin/energyplus"),
                usrLocal.resolve("EnergyPlus-9-3-0/energyplus"),
                usrLocal.resolve("EnergyPlus-25-2-0/energyplus")), places.candidates());
    }

    @Test
    void describedNamesTheInstallerPattern() {
        EnginePlaces places = EnginePlaces.standard(null, Path.of("/home/ada"), Path.of("/usr/local"));
        assertEquals(List.of("/home/ada/.local/share/jess-server/energyplus/bin/energyplus",
                "/usr/local/EnergyPlus-*/energyplus"), places.described());
    }

    @Test
    void aMissingInstallerRootAddsNothing() {
        EnginePlaces places = EnginePlaces.standard(null, null, dir.resolve("absent"));
        assertEquals(List.of(), places.candidates());
        assertEquals(List.of(), EnginePlaces.none().candidates());
    }
}
