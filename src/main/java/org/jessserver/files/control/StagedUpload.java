package org.jessserver.files.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jessserver.platform.control.DiskSpace;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * The files of one submission, written to a private staging folder as they arrive; zips are
 * unpacked with every entry name checked. Refusals delete the folder, so nothing is left behind; a full disk
 * (or one whose free space would fall below the reserve) is a refusal too.
 */
public final class StagedUpload implements AutoCloseable {

    public static final String STORE = "store the upload";
    public static final String COPY = "copy the files into the new job";

    private final Path dir;
    private final UploadLimits limits;
    private final DiskSpace space;
    private long bytes;
    private int files;
    private boolean kept;

    public StagedUpload(Path stagingRoot, UploadLimits limits) throws IOException {
        this(stagingRoot, limits, new DiskSpace(0));
    }

    public StagedUpload(Path stagingRoot, UploadLimits limits, DiskSpace space) throws IOException {
        Files.createDirectories(stagingRoot);
        this.dir = Files.createTempDirectory(stagingRoot, "upload-");
        this.limits = limits;
        this.space = space;
    }

    public Path dir() {
        return dir;
    }

    public long bytes() {
        return bytes;
    }

    /** Adds one uploaded file part; a .zip is unpacked in place of itself. */
    public void add(String fileName, InputStream content) throws IOException {
        String name = SafeNames.fileName(fileName);
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            unzip(content, name);
        } else {
            write(name, content, STORE);
        }
    }

    /** Copies one file into the upload at the same relative path, checked like a zip entry (no way out, no hidden parts). */
    public void copyIn(String relative, Path source) throws IOException {
        String rel = SafeNames.zipEntry("the referenced files", relative);
        if (rel.isEmpty()) {
            return;
        }
        try (InputStream in = Files.newInputStream(source)) {
            write(rel, in, COPY);
        }
    }

    private void unzip(InputStream content, String zipName) throws IOException {
        ZipInputStream zip = new ZipInputStream(content);
        ZipEntry e;
        int entries = 0;
        try {
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > limits.maxFiles() * 2) {
                    throw new InvalidRequestException("Zip " + zipName + " has too many entries");
                }
                String rel = SafeNames.zipEntry(zipName, e.getName());
                if (e.isDirectory() || rel.isEmpty()) {
                    continue;
                }
                write(rel, zip, STORE);
            }
        } catch (java.util.zip.ZipException bad) {
            throw new InvalidRequestException("File " + zipName + " is not a readable zip: " + bad.getMessage());
        }
    }

    /** {@code what} names the work in a refusal for want of disk space. */
    private void write(String relative, InputStream in, String what) throws IOException {
        if (++files > limits.maxFiles()) {
            throw new InvalidRequestException("Upload has more than " + limits.maxFiles() + " files (the limit)");
        }
        Path target = dir.resolve(relative).normalize();
        if (!target.startsWith(dir)) {
            throw new InvalidRequestException("Unsafe file name: " + relative);
        }
        if (Files.exists(target)) {
            throw new InvalidRequestException("File " + relative + " is uploaded twice");
        }
        try {
            Files.createDirectories(target.getParent());
            copy(in, target, what);
        } catch (IOException e) {
            // the failing file goes with the folder when the refusal closes the upload
            if (DiskSpace.causedBy(e)) {
                throw DiskSpace.refusal(what, e);
            }
            throw e;
        }
    }

    /** Copies within the limit, looking at the free space before each megabyte: a reserve set aside is never taken. */
    private void copy(InputStream in, Path target, String what) throws IOException {
        space.require(dir, DiskSpace.CHECK_EVERY, what);
        byte[] buf = new byte[64 * 1024];
        long sinceCheck = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes += n;
                if (bytes > limits.maxBytes()) {
                    throw new InvalidRequestException("Upload exceeds the limit of " + limits.maxBytes() + " bytes");
                }
                sinceCheck += n;
                if (sinceCheck >= DiskSpace.CHECK_EVERY) {
                    space.require(dir, DiskSpace.CHECK_EVERY, what);
                    sinceCheck = 0;
                }
                out.write(buf, 0, n);
            }
        }
    }

    /** The uploaded files as paths relative to the staging folder, '/'-separated and sorted. */
    public List<String> files() throws IOException {
        return StagedFiles.list(dir);
    }

    /** Moves the files into the job's input folder; after this, closing leaves them alone. */
    public void moveTo(Path input) throws IOException {
        Files.createDirectories(input.getParent());
        Files.move(dir, input);
        kept = true;
    }

    @Override
    public void close() {
        if (!kept) {
            deleteTree(dir);
        }
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a folder we cannot list is reported by the next walk
        }
    }
}
