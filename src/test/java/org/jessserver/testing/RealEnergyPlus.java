package org.jessserver.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The real EnergyPlus 25.2 and its fixtures that .ci/install-energyplus.sh installs, for the tests that run it. */
public final class RealEnergyPlus {

    /** Where it is installed: bin/energyplus, fixtures/warehouse.idf, fixtures/chicago.epw. */
    public static final Path HOME = Path.of(System.getProperty("jess.ep.home", "/opt/jess-energyplus"));

    /** The executable, as JESS_ENGINES names it. */
    public static final Path EXECUTABLE = HOME.resolve("bin/energyplus");

    private RealEnergyPlus() {
    }

    /** Skips the test when EnergyPlus is not installed, or fails it when JESS_REQUIRE_ENERGYPLUS=1 (as in CI). */
    public static void require() {
        boolean installed = Files.isExecutable(EXECUTABLE);
        if (!"1".equals(System.getenv("JESS_REQUIRE_ENERGYPLUS"))) {
            Assumptions.assumeTrue(installed, "EnergyPlus is not installed: run .ci/install-energyplus.sh");
        }
        assertTrue(installed, "EnergyPlus at " + EXECUTABLE);
    }
}
