package org.jessserver.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineRegistryTest {

    @TempDir
    Path dir;

    private final Logger logger = Logger.getLogger(EngineRegistry.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (logged) {
                logged.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    private Path script(Path where, String body) throws IOException {
        Files.createDirectories(where.getParent());
        Files.writeString(where, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(where, PosixFilePermissions.fromString("rwxr-xr-x"));
        return where;
    }

    private boolean warned(String fragment) {
        synchronized (logged) {
            return logged.stream().anyMatch(r -> r.getLevel() == Level.WARNING && r.getMessage().contains(fragment));
        }
    }

    @Test
    void explicitEnginesSortedByVersionNumber() throws IOException {
        Path ep93 = script(dir.resolve("ep93/energyplus"), "exit 0");
        Path ep252 = script(dir.resolve("ep252/energyplus"), "exit 0");
        EngineRegistry registry = new EngineRegistry(" 25.2 = " + ep252 + " ;9.3=" + ep93 + ";", null);

        assertEquals(List.of("9.3", "25.2"), List.copyOf(registry.installed().keySet()));
        assertEquals(Optional.of(ep93), registry.engineFor("9.3"));
        assertEquals(Optional.of(ep252), registry.engineFor("25.2"));
        assertEquals(Optional.of(ep93), registry.engineFor("9.3.0"));
        assertEquals(Optional.empty(), registry.engineFor("8.9"));
        assertEquals(Optional.empty(), registry.engineFor(null));
    }

    @Test
    void missingNonExecutableAndMalformedEntriesAreSkippedWithAWarning() throws IOException {
        Path good = script(dir.resolve("good"), "exit 0");
        Path plain = dir.resolve("plain");
        Files.writeString(plain, "not a program");
        Path missing = dir.resolve("missing/energyplus");
        EngineRegistry registry = new EngineRegistry(
                "9.3=" + missing + ";9.4=" + plain + ";nonsense;9.5=" + good, null);

        assertEquals(List.of("9.5"), List.copyOf(registry.installed().keySet()));
        assertTrue(warned(missing.toString()), "warning names the missing file");
        assertTrue(warned(plain.toString()), "warning names the non-executable file");
        assertTrue(warned("nonsense"), "warning names the malformed entry");
    }

    @Test
    void nothingConfigured() {
        assertTrue(new EngineRegistry(null, null).installed().isEmpty());
        assertTrue(new EngineRegistry("  ", "").installed().isEmpty());
    }

    @Test
    void installedIsUnmodifiable() throws IOException {
        Path ep = script(dir.resolve("ep"), "exit 0");
        EngineRegistry registry = new EngineRegistry("9.3=" + ep, null);
        assertThrows(UnsupportedOperationException.class, () -> registry.installed().put("1.0", ep));
    }

    @Test
    void energyplusOnPathIsAddedUnderTheVersionItReports() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty-bin"));
        Path onPath = script(dir.resolve("bin/energyplus"), "echo 'EnergyPlus, Version 9.6.0-f420c06a69'");
        Path explicit = script(dir.resolve("ep252"), "exit 0");
        EngineRegistry registry = new EngineRegistry("25.2=" + explicit, empty + ":" + onPath.getParent());

        assertEquals(List.of("9.6", "25.2"), List.copyOf(registry.installed().keySet()));
        assertEquals(Optional.of(onPath), registry.engineFor("9.6"));
    }

    @Test
    void theFakeEngineOnPathReportsItsVersion() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("fake-bin"));
        Path energyplus = bin.resolve("energyplus");
        Files.copy(FakeEngine.executable(), energyplus);
        Files.setPosixFilePermissions(energyplus, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(Optional.of(energyplus), new EngineRegistry(null, bin.toString()).engineFor("25.2"));
    }

    @Test
    void explicitEntryWinsOverPathForTheSameVersion() throws IOException {
        Path onPath = script(dir.resolve("bin/energyplus"), "echo 'EnergyPlus, Version 9.3.0-baff08990c'");
        Path explicit = script(dir.resolve("opt/ep93"), "exit 0");
        EngineRegistry registry = new EngineRegistry("9.3=" + explicit, onPath.getParent().toString());

        assertEquals(Optional.of(explicit), registry.engineFor("9.3"));
        assertEquals(1, registry.installed().size());
    }

    @Test
    void pathEngineWithoutABannerIsSkipped() throws IOException {
        Path onPath = script(dir.resolve("bin/energyplus"), "echo 'usage: energyplus [options]' >&2; exit 2");
        EngineRegistry registry = new EngineRegistry(null, onPath.getParent().toString());

        assertTrue(registry.installed().isEmpty());
        assertTrue(warned(onPath.toString()));
    }

    private Path engine(Path where, String version) throws IOException {
        return script(where, "echo 'EnergyPlus, Version " + version + ".0-cf7368216c'");
    }

    private boolean logged(Level level, String message) {
        synchronized (logged) {
            return logged.stream().anyMatch(r -> r.getLevel() == level && r.getMessage().equals(message));
        }
    }

    private EnginePlaces places() {
        return EnginePlaces.standard(dir.resolve("data"), dir.resolve("home"), dir.resolve("usr-local"));
    }

    @Test
    void enginesInTheStandardPlacesAreFoundUnderTheVersionsTheyReport() throws IOException {
        Path inData = engine(dir.resolve("data/energyplus/bin/energyplus"), "24.1");
        Path inHome = engine(dir.resolve("home/.local/share/jess-server/energyplus/bin/energyplus"), "25.2");
        Path installer = engine(dir.resolve("usr-local/EnergyPlus-9-3-0/energyplus"), "9.3");
        Files.createDirectories(dir.resolve("usr-local/EnergyPlus-23-1-0")); // an installer folder without its engine
        EngineRegistry registry = new EngineRegistry(null, null, places());

        assertEquals(List.of("9.3", "24.1", "25.2"), List.copyOf(registry.installed().keySet()));
        assertEquals(Optional.of(inData), registry.engineFor("24.1"));
        assertEquals(Optional.of(inHome), registry.engineFor("25.2"));
        assertEquals(Optional.of(installer), registry.engineFor("9.3"));
        assertTrue(logged(Level.INFO, "EnergyPlus 25.2 at " + inHome), "one line per engine found");
        assertTrue(logged(Level.INFO, "EnergyPlus 9.3 at " + installer));
    }

    @Test
    void theFirstFoundOfAVersionWinsInTheDocumentedOrder() throws IOException {
        Path onPath = engine(dir.resolve("bin/energyplus"), "25.2");
        Path inData = engine(dir.resolve("data/energyplus/bin/energyplus"), "25.2");
        engine(dir.resolve("home/.local/share/jess-server/energyplus/bin/energyplus"), "25.2");
        Path patch1 = engine(dir.resolve("usr-local/EnergyPlus-9-3-1/energyplus"), "9.3");
        engine(dir.resolve("usr-local/EnergyPlus-9-3-0/energyplus"), "9.3");

        EngineRegistry withPath = new EngineRegistry(null, onPath.getParent().toString(), places());
        assertEquals(Optional.of(onPath), withPath.engineFor("25.2"), "PATH first");
        assertEquals(Optional.of(patch1), withPath.engineFor("9.3"), "the later patch release of an installer");

        assertEquals(Optional.of(inData), new EngineRegistry(null, null, places()).engineFor("25.2"),
                "then the data folder, before the install script's folder");
    }

    @Test
    void explicitEntriesWinOverEveryPlace() throws IOException {
        engine(dir.resolve("home/.local/share/jess-server/energyplus/bin/energyplus"), "25.2");
        Path explicit = script(dir.resolve("opt/ep252"), "exit 0");
        EngineRegistry registry = new EngineRegistry("25.2=" + explicit, null, places());

        assertEquals(Optional.of(explicit), registry.engineFor("25.2"));
        assertEquals(1, registry.installed().size());
    }

    @Test
    void theFakeEngineInTheInstallScriptsFolderIsFound() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("home/.local/share/jess-server/energyplus/bin"));
        Path energyplus = Files.copy(FakeEngine.executable(), bin.resolve("energyplus"));
        Files.setPosixFilePermissions(energyplus, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(Optional.of(energyplus), new EngineRegistry(null, null, places()).engineFor("25.2"));
    }

    @Test
    void oneFileReachedByTwoNamesIsProbedOnce() throws IOException {
        Path count = dir.resolve("probes");
        Path real = script(dir.resolve("usr-local/EnergyPlus-25-2-0/energyplus"),
                "echo probe >> '" + count + "'; echo 'EnergyPlus, Version 25.2.0-cf7368216c'");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("energyplus"), real);
        EngineRegistry registry = new EngineRegistry(null, bin.toString(), places());

        assertEquals(Optional.of(bin.resolve("energyplus")), registry.engineFor("25.2"));
        assertEquals(1, Files.readAllLines(count).size());
    }

    @Test
    void nothingFoundWarnsNamingThePlacesAndTheInstallScript() {
        EngineRegistry registry = new EngineRegistry(null, dir.resolve("bin").toString(), places());

        assertTrue(registry.installed().isEmpty());
        assertTrue(logged(Level.WARNING, "No EnergyPlus engine found (looked at JESS_ENGINES, energyplus on PATH, "
                + dir.resolve("data/energyplus/bin/energyplus") + ", "
                + dir.resolve("home/.local/share/jess-server/energyplus/bin/energyplus") + ", "
                + dir.resolve("usr-local/EnergyPlus-*/energyplus") + "); every job will be rejected. "
                + "Install EnergyPlus 25.2 with bash server-config/install-energyplus.sh or name engines in JESS_ENGINES"));
    }

    @Test
    void withoutSearchingOnlyTheSettingIsNamed() {
        new EngineRegistry(null, null, EnginePlaces.none());
        assertTrue(warned("(looked at JESS_ENGINES);"));
    }
}
