package org.jessserver.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jessserver.platform.control.ByteSize;
import org.jessserver.platform.control.DiskSpace;
import org.jessserver.platform.control.InvalidRequestException;
import org.jessserver.platform.control.Settings;

/**
 * Stores uploaded files in a folder of the user's area: staged and checked first (names, zip entries, the
 * per-call limits, the area's quota), then moved in; a refusal leaves the area as it was.
 */
@ApplicationScoped
public class AreaUploads {

    @Inject
    UploadArea area;

    @Inject
    UploadLimits limits;

    @Inject
    Settings settings;

    @Inject
    DiskSpace space;

    @Inject
    @ConfigProperty(name = "jess.files.quota.bytes")
    ByteSize quota;

    /** Stores the files (zips unpacked) in the folder; returns the file handle, the folder the client should look in. */
    public String store(long accountId, String folder, List<UploadedFile> files) {
        String target = AreaPaths.relative(folder);
        Path root = area.root(accountId);
        Path dir = AreaPaths.resolve(root, target);
        if (files.isEmpty()) {
            throw new InvalidRequestException("No file to upload: send one or more parts named 'file'");
        }
        try (StagedUpload upload = new StagedUpload(settings.dataDir().resolve("staging"), limits, space)) {
            for (UploadedFile f : files) {
                upload.add(f.fileName(), f.content());
            }
            List<String> staged = upload.files();
            if (staged.isEmpty()) {
                throw new InvalidRequestException("The upload holds no files");
            }
            String handle = handle(target, upload.dir());
            area.locked(accountId, () -> {
                moveIn(root, target, dir, upload, staged);
                return null;
            });
            return handle;
        } catch (IOException e) {
            throw DiskSpace.unchecked(e, StagedUpload.STORE);
        }
    }

    private void moveIn(Path root, String target, Path dir, StagedUpload upload, List<String> staged) {
        try {
            long replaced = 0;
            for (String rel : staged) {
                replaced += replacedSize(root, target, rel);
            }
            long used = AreaUsage.bytes(root);
            if (used - replaced + upload.bytes() > quota.bytes()) {
                throw new InvalidRequestException("Upload of " + upload.bytes() + " bytes refused: the upload area holds "
                        + used + " bytes and its quota is " + quota.bytes() + " bytes");
            }
            for (String rel : staged) {
                Path to = dir.resolve(rel);
                Files.createDirectories(to.getParent());
                Files.move(upload.dir().resolve(rel), to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw DiskSpace.unchecked(e, StagedUpload.STORE);
        }
    }

    /** The size of the file an upload replaces (0 if none); refused where a file and a folder would clash. */
    private static long replacedSize(Path root, String target, String rel) throws IOException {
        String path = target.isEmpty() ? rel : target + "/" + rel;
        String[] names = path.split("/");
        Path p = root;
        for (int i = 0; i < names.length; i++) {
            p = p.resolve(names[i]);
            String shown = String.join("/", List.of(names).subList(0, i + 1));
            boolean last = i == names.length - 1;
            if (Files.isSymbolicLink(p)) {
                throw new InvalidRequestException("Unsafe path '" + shown + "': it is a link in the upload area");
            }
            if (!last && Files.exists(p) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new InvalidRequestException("Cannot upload " + rel + ": " + shown + " is a file in the upload area");
            }
            if (last && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new InvalidRequestException("Cannot upload " + rel + ": " + shown + " is a folder in the upload area");
            }
        }
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Files.size(p) : 0;
    }

    /** A single top folder of the upload (a zip's usual layout) inside the target, else the target itself. */
    private static String handle(String target, Path staged) throws IOException {
        try (Stream<Path> s = Files.list(staged)) {
            List<Path> top = s.toList();
            if (top.size() == 1 && Files.isDirectory(top.get(0), LinkOption.NOFOLLOW_LINKS)) {
                String name = top.get(0).getFileName().toString();
                return target.isEmpty() ? name : target + "/" + name;
            }
            return target;
        }
    }
}
