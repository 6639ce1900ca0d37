package org.jessserver.job.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.jessserver.engine.control.EngineCatalog;
import org.jessserver.engine.control.ModelVersion;

/** Looks at a model before its cases are made: the engine its version asks for, or why none can run it. */
@ApplicationScoped
public class ModelChecks {

    @Inject
    EngineCatalog engines;

    /** The outcome of looking at one model: the engine version to use, or why it cannot run. */
    record ModelCheck(String engine, String problem, boolean needsExpansion) {
    }

    ModelCheck check(Path model, String name) {
        Optional<String> version = ModelVersion.of(model);
        if (version.isEmpty()) {
            return new ModelCheck(null, "Model " + name + " has no Version object", false);
        }
        Optional<Path> engine = engines.engineFor(version.get());
        if (engine.isEmpty()) {
            String installed = engines.installed().isEmpty() ? "none" : String.join(", ", engines.installed().keySet());
            return new ModelCheck(null, "No EnergyPlus engine for version " + version.get() + " of model " + name
                    + "; installed: " + installed, false);
        }
        return new ModelCheck(version.get(), null, ModelText.containsHvacTemplates(model));
    }
}
