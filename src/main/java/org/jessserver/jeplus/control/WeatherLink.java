package org.jessserver.jeplus.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Gives a case its {@code in.epw} as a symbolic link to the project's weather file: 100,000 cases of copies would
 * not fit on the disk (issue 13). Where the file system has no links, it falls back to a copy.
 */
final class WeatherLink {

    private WeatherLink() {
    }

    static void link(Path weather, Path caseDir) throws CasePreparationException {
        Path target = weather.toAbsolutePath();
        Path epw = caseDir.resolve(ModelWriter.EPW);
        if (!Files.isRegularFile(target)) {
            throw new CasePreparationException("Weather file " + weather + " does not exist");
        }
        try {
            Files.deleteIfExists(epw);
            try {
                Files.createSymbolicLink(epw, target);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(target, epw, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CasePreparationException("Cannot provide the weather file " + weather + ": " + e, e);
        }
    }
}
