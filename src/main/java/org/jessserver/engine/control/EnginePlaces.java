package org.jessserver.engine.control;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/** Where an EnergyPlus is looked for without configuration, in order: data folder, install script's folder, installers'. */
public final class EnginePlaces {

    private static final Logger LOG = Logger.getLogger(EnginePlaces.class.getName());

    static final String INSTALL_SCRIPT = "server-config/install-energyplus.sh";
    private static final String ENGINE = "energyplus";
    private static final String INSTALLER_FOLDERS = "EnergyPlus-*";

    private final List<Path> fixed;
    private final Path installerRoot;

    /** Candidate executables, then every installRoot/EnergyPlus-x-y-z/energyplus; installerRoot may be null. */
    public EnginePlaces(List<Path> fixed, Path installerRoot) {
        this.fixed = List.copyOf(fixed);
        this.installerRoot = installerRoot;
    }

    /** Nowhere: only JESS_ENGINES and PATH. */
    public static EnginePlaces none() {
        return new EnginePlaces(List.of(), null);
    }

    /** The standard places for a server with this data folder (may be null) and this home folder (may be null). */
    public static EnginePlaces standard(Path dataDir, Path home, Path installerRoot) {
        List<Path> fixed = new ArrayList<>();
        if (dataDir != null) {
            fixed.add(dataDir.toAbsolutePath().normalize().resolve("energyplus/bin").resolve(ENGINE));
        }
        if (home != null) {
            fixed.add(home.resolve(".local/share/jess-server/energyplus/bin").resolve(ENGINE));
        }
        return new EnginePlaces(fixed, installerRoot);
    }

    /**
     * The executables to probe, in order. Installer folders go newest name first, so that of two patch releases
     * of one version (EnergyPlus-9-3-0, EnergyPlus-9-3-1) the later one is kept.
     */
    public List<Path> candidates() {
        List<Path> all = new ArrayList<>(fixed);
        if (installerRoot != null && Files.isDirectory(installerRoot)) {
            List<Path> folders = new ArrayList<>();
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(installerRoot, INSTALLER_FOLDERS)) {
                dirs.forEach(folders::add);
            } catch (IOException e) {
                // an unreadable folder only hides the engines in it; the server still starts
                LOG.warning(() -> "cannot list " + installerRoot + " for EnergyPlus installations: " + e);
            }
            folders.sort(Comparator.comparing(Path::toString).reversed());
            folders.forEach(f -> all.add(f.resolve(ENGINE)));
        }
        return all;
    }

    /** The places as a reader would look for them, for the warning when nothing is found. */
    public List<String> described() {
        List<String> names = new ArrayList<>(fixed.stream().map(Path::toString).toList());
        if (installerRoot != null) {
            names.add(installerRoot.resolve(INSTALLER_FOLDERS).resolve(ENGINE).toString());
        }
        return names;
    }
}
