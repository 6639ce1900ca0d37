package org.jessserver.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jessserver.platform.control.HostProcess;
import org.jessserver.platform.control.Settings;

/**
 * Where request bodies are spooled while they arrive: <data>/tmp/<host~boot~pid~start>, one folder per server
 * process, so that the leftovers of a process that died mid-upload can be told from the uploads in flight of
 * another live server on the same data folder.
 */
@ApplicationScoped
public class UploadTempFolders {

    private static final Logger LOG = Logger.getLogger(UploadTempFolders.class.getName());

    @Inject
    Settings settings;

    /** This process's folder, made when missing. */
    public Path own() {
        Path dir = root().resolve(HostProcess.current().name());
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the upload folder " + dir, e);
        }
    }

    /** Removes the folders of this host's server processes that are gone; those of live ones and other hosts stay. */
    public List<Path> removeLeftovers() {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(root())) {
            return removed;
        }
        try (Stream<Path> dirs = Files.list(root())) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                Optional<HostProcess> owner = HostProcess.parse(dir.getFileName().toString());
                if (owner.isPresent() && owner.get().gone() && deleteTree(dir)) {
                    removed.add(dir);
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Could not look for leftover uploads in " + root() + ": " + e);
        }
        return removed;
    }

    /** This process's folder and all in it, at a normal stop. */
    public void removeOwn() {
        deleteTree(root().resolve(HostProcess.current().name()));
    }

    private Path root() {
        return settings.dataDir().resolve("tmp");
    }

    private static boolean deleteTree(Path dir) {
        StagedUpload.deleteTree(dir);
        if (Files.exists(dir)) {
            LOG.warning(() -> "Could not remove the leftover uploads in " + dir);
            return false;
        }
        return true;
    }
}
