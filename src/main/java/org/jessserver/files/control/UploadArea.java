package org.jessserver.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jessserver.platform.control.InvalidRequestException;
import org.jessserver.platform.control.Settings;

/** Each user's private folder tree under <data dir>/files/<account id>: finding, listing and deleting in it. */
@ApplicationScoped
public class UploadArea {

    @Inject
    Settings settings;

    // one writer at a time per area, so that a quota check and the move it allows see the same folder
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    public Path root(long accountId) {
        return settings.dataDir().resolve("files").resolve(Long.toString(accountId));
    }

    /** The existing folder a job's uploadRef names in the user's area; refused when missing, a file or outside. */
    public Path folder(long accountId, String ref) {
        Path p = AreaPaths.resolve(root(accountId), AreaPaths.relative(ref));
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidRequestException(Files.exists(p) ? "Upload reference " + ref + " is a file, not a folder"
                    : "Upload folder " + ref + " is not found in the upload area");
        }
        return p;
    }

    /** A folder as its tree, or a file; the root is an empty folder until the first upload. */
    public AreaEntry entry(long accountId, String path) {
        String rel = AreaPaths.relative(path);
        Path p = AreaPaths.resolve(root(accountId), rel);
        try {
            if (rel.isEmpty() || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return new AreaEntry.Folder(AreaTree.of(p, rel));
            }
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                return new AreaEntry.File(p, p.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw notFound(rel);
    }

    /** Deletes a file, or a folder with everything in it; returns the path as deleted (no leading '/'). */
    public String delete(long accountId, String path) {
        String rel = AreaPaths.relative(path);
        if (rel.isEmpty()) {
            throw new InvalidRequestException("The root of the upload area cannot be deleted; name a file or folder in it");
        }
        Path p = AreaPaths.resolve(root(accountId), rel);
        return locked(accountId, () -> {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw notFound(rel);
            }
            StagedUpload.deleteTree(p);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new UncheckedIOException(new IOException("could not delete all of " + p));
            }
            return rel;
        });
    }

    <T> T locked(long accountId, Supplier<T> work) {
        synchronized (locks.computeIfAbsent(accountId, id -> new Object())) {
            return work.get();
        }
    }

    private static InvalidRequestException notFound(String rel) {
        return new InvalidRequestException(rel + " is not found in the upload area");
    }
}
