package org.jessserver.dispatch.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a case folder holds a simulation that EnergyPlus reports as completed successfully. */
final class CompletedRun {

    private CompletedRun() {
    }

    static boolean in(Path caseDir) {
        Path end = caseDir.resolve("eplusout.end");
        try {
            return Files.isRegularFile(end)
                    && Files.readString(end, StandardCharsets.ISO_8859_1).contains("EnergyPlus Completed Successfully");
        } catch (IOException e) {
            return false;
        }
    }
}
