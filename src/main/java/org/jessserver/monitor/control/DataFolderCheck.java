package org.jessserver.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jessserver.platform.control.ByteSize;
import org.jessserver.platform.control.DisplaySize;
import org.jessserver.platform.control.Settings;
import org.jessserver.platform.control.StartChecks;

/**
 * Whether the data folder can take work: a small file can really be written and deleted there (a read-only or
 * broken mount fails that, permissions alone may not), and its disk has at least JESS_MIN_FREE_BYTES free.
 */
@ApplicationScoped
public class DataFolderCheck {

    /** What the check found: the folder, its free bytes (-1 when unknown), the minimum, and the problem if any. */
    public record Finding(Path folder, long freeBytes, long minFreeBytes, Optional<String> problem) {
    }

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "jess.min.free.bytes")
    ByteSize minFree;

    public Finding now() {
        return of(settings.dataDir(), minFree.bytes());
    }

    /** The check of {@code folder} against a minimum of free bytes. */
    public static Finding of(Path folder, long minFreeBytes) {
        Optional<String> unwritable = StartChecks.dataFolder(folder);
        long free = free(folder);
        Optional<String> problem = unwritable.isPresent() ? unwritable
                : free >= 0 && free < minFreeBytes ? Optional.of("only " + DisplaySize.of(free) + " (" + free
                + " bytes) free on the data folder's disk, below the minimum of " + DisplaySize.of(minFreeBytes)
                + " (JESS_MIN_FREE_BYTES)") : Optional.empty();
        return new Finding(folder, free, minFreeBytes, problem);
    }

    private static long free(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
