package org.jessserver.job.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the server needs to know of a model's text beyond its version. */
final class ModelText {

    private ModelText() {
    }

    /** HVACTemplate objects need ExpandObjects (-x) before EnergyPlus runs. */
    static boolean containsHvacTemplates(Path model) {
        try (BufferedReader r = Files.newBufferedReader(model, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = r.readLine()) != null) {
                int bang = line.indexOf('!');
                String code = bang >= 0 ? line.substring(0, bang) : line;
                if (code.toLowerCase(Locale.ROOT).contains("hvactemplate:")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
