package org.jessserver.engine.control;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;

/** The EnergyPlus engines this instance can run, by "major.minor" version. */
public interface EngineCatalog {

    /** The executable for a model version such as "9.3" or "25.2". */
    Optional<Path> engineFor(String majorMinor);

    /** All configured engines, version to executable. */
    SortedMap<String, Path> installed();
}
