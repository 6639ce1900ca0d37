package org.jessserver.engine.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The engines by model version: JESS_ENGINES, then (unless JESS_ENGINE_SEARCH=false) PATH and {@link EnginePlaces}. */
@ApplicationScoped
public class EngineRegistry implements EngineCatalog {

    private static final Logger LOG = Logger.getLogger(EngineRegistry.class.getName());

    private static final String PATH_ENGINE = "energyplus";
    private static final long VERSION_PROBE_SECONDS = 20;

    /** Numeric, so that 9.3 sorts before 25.2. */
    static final Comparator<String> BY_VERSION = Comparator
            .<String>comparingInt(v -> Integer.parseInt(v.substring(0, v.indexOf('.'))))
            .thenComparingInt(v -> Integer.parseInt(v.substring(v.indexOf('.') + 1)));

    private volatile SortedMap<String, Path> engines = Collections.emptySortedMap();

    /** For CDI; the engines are read from configuration in {@link #load()}. */
    public EngineRegistry() {
    }

    /** With an explicit setting ("9.3=/opt/ep93/energyplus;25.2=/usr/bin/energyplus") and PATH value; either may be null. */
    public EngineRegistry(String enginesSetting, String pathEnv) {
        this(enginesSetting, pathEnv, EnginePlaces.none());
    }

    /** Also searching places; a null pathEnv and {@link EnginePlaces#none()} search nothing. */
    public EngineRegistry(String enginesSetting, String pathEnv, EnginePlaces places) {
        engines = discover(enginesSetting, pathEnv, places);
    }

    @PostConstruct
    void load() {
        Config config = ConfigProvider.getConfig();
        String setting = config.getOptionalValue("jess.engines", String.class).orElse(null);
        if (config.getOptionalValue("jess.engine.search", Boolean.class).orElse(true)) {
            Path dataDir = config.getOptionalValue("jess.data.dir", String.class).map(Path::of).orElse(null);
            String home = System.getProperty("user.home");
            EnginePlaces places = EnginePlaces.standard(dataDir, home == null ? null : Path.of(home), Path.of("/usr/local"));
            engines = discover(setting, System.getenv("PATH"), places);
        } else {
            engines = discover(setting, null, EnginePlaces.none());
        }
    }

    /** The search runs at start, not at the first job, so that the log names the engines (or their absence) at once. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // being created for this call ran load()
    }

    @Override
    public Optional<Path> engineFor(String majorMinor) {
        if (majorMinor == null) {
            return Optional.empty();
        }
        return ModelVersion.majorMinor(majorMinor).map(engines::get);
    }

    @Override
    public SortedMap<String, Path> installed() {
        return engines;
    }

    private static SortedMap<String, Path> discover(String setting, String pathEnv, EnginePlaces places) {
        TreeMap<String, Path> found = new TreeMap<>(BY_VERSION);
        if (setting != null) {
            for (String entry : setting.split(";")) {
                configured(entry.trim(), found);
            }
        }
        // Explicit entries win: a found engine only fills a version nobody configured, the first found of each
        // version wins, and one file reached by several names (a link on PATH) is probed once.
        List<Path> candidates = new ArrayList<>();
        onPath(pathEnv).ifPresent(candidates::add);
        candidates.addAll(places.candidates());
        Set<Path> probed = new HashSet<>();
        found.values().forEach(exe -> probed.add(realPath(exe)));
        for (Path exe : candidates) {
            if (runnable(exe) && probed.add(realPath(exe))) {
                probeVersion(exe).ifPresent(v -> found.putIfAbsent(v, exe));
            }
        }
        if (found.isEmpty()) {
            List<String> looked = new ArrayList<>(List.of("JESS_ENGINES"));
            if (pathEnv != null) {
                looked.add("energyplus on PATH");
            }
            looked.addAll(places.described());
            LOG.warning(() -> "No EnergyPlus engine found (looked at " + String.join(", ", looked)
                    + "); every job will be rejected. Install EnergyPlus 25.2 with bash " + EnginePlaces.INSTALL_SCRIPT
                    + " or name engines in JESS_ENGINES");
        } else {
            found.forEach((version, exe) -> LOG.info(() -> "EnergyPlus " + version + " at " + exe));
        }
        return Collections.unmodifiableSortedMap(found);
    }

    private static Path realPath(Path exe) {
        try {
            return exe.toRealPath();
        } catch (IOException e) {
            return exe.toAbsolutePath().normalize();
        }
    }

    private static void configured(String entry, TreeMap<String, Path> found) {
        if (entry.isEmpty()) {
            return;
        }
        int eq = entry.indexOf('=');
        Optional<String> version = eq < 0 ? Optional.empty() : ModelVersion.majorMinor(entry.substring(0, eq));
        if (version.isEmpty()) {
            LOG.warning(() -> "JESS_ENGINES entry '" + entry + "' skipped: expected <major.minor>=<executable>");
            return;
        }
        Path exe = Path.of(entry.substring(eq + 1).trim());
        if (!runnable(exe)) {
            LOG.warning(() -> "JESS_ENGINES entry '" + entry + "' skipped: " + exe + " is missing or not executable");
            return;
        }
        found.put(version.get(), exe);
    }

    private static Optional<Path> onPath(String pathEnv) {
        if (pathEnv == null) {
            return Optional.empty();
        }
        for (String dir : pathEnv.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path candidate = Path.of(dir.trim(), PATH_ENGINE);
                if (runnable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean runnable(Path exe) {
        return Files.isRegularFile(exe) && Files.isExecutable(exe);
    }

    private static String firstBytes(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
        }
    }

    /** Runs "energyplus --version"; output goes to a file so a hanging engine cannot block the read past the limit. */
    private static Optional<String> probeVersion(Path exe) {
        Path out = null;
        Process process = null;
        try {
            out = Files.createTempFile("jess-engine-version", ".txt");
            process = new ProcessBuilder(exe.toString(), "--version")
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            if (!process.waitFor(VERSION_PROBE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning(() -> exe + " --version did not answer within " + VERSION_PROBE_SECONDS + " s; skipped");
                return Optional.empty();
            }
            String banner = firstBytes(out);
            Optional<String> version = ModelVersion.ofEngineBanner(banner);
            if (version.isEmpty()) {
                LOG.warning(() -> exe + " --version printed no EnergyPlus version; skipped: " + banner.strip());
            }
            return version;
        } catch (IOException e) {
            LOG.log(Level.WARNING, exe + " --version could not be run; skipped", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a stray temp file is harmless
                }
            }
        }
    }
}
