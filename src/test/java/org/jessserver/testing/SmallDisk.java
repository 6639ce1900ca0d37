package org.jessserver.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A small tmpfs for each test, to fill up or make read-only (a JUnit extension); mounting needs root. */
public final class SmallDisk implements BeforeEachCallback, AfterEachCallback {

    private final int mebibytes;
    private final boolean plainFolderWillDo;
    private Path folder;
    private boolean mounted;

    private SmallDisk(int mebibytes, boolean plainFolderWillDo) {
        this.mebibytes = mebibytes;
        this.plainFolderWillDo = plainFolderWillDo;
    }

    /** A tmpfs of that many MiB; a test that cannot mount one is skipped. */
    public static SmallDisk tmpfs(int mebibytes) {
        return new SmallDisk(mebibytes, false);
    }

    /**
     * A tmpfs of that many MiB, or without root a plain folder that a chmod makes read-only. As root without a mount
     * a chmod would not stop writes, so there the test is skipped.
     */
    public static SmallDisk tmpfsOrPlainFolder(int mebibytes) {
        return new SmallDisk(mebibytes, true);
    }

    /** Failing to mount is the test's failure when JESS_REQUIRE_TMPFS=1 (CI sets it, so there it cannot be skipped). */
    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("jess-small-disk");
        mounted = run("mount", "-t", "tmpfs", "-o", "size=" + mebibytes + "m", "tmpfs", folder.toString());
        if (!mounted && "1".equals(System.getenv("JESS_REQUIRE_TMPFS"))) {
            fail("cannot mount a tmpfs on " + folder + " although JESS_REQUIRE_TMPFS=1 (the test needs root)");
        }
        Assumptions.assumeTrue(mounted || plainFolderWillDo && !isRoot(),
                "cannot mount a tmpfs" + (plainFolderWillDo ? " although root" : " (needs root)")
                        + ": set JESS_REQUIRE_TMPFS=1 to fail instead");
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (folder == null) {
            return;
        }
        makeWritable();
        if (mounted && !run("umount", folder.toString())) {
            // a process that still holds a file there must not keep the mount for good
            run("umount", "-l", folder.toString());
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    public Path folder() {
        return folder;
    }

    public boolean mounted() {
        return mounted;
    }

    /** Whether the folder now refuses writes. */
    public boolean makeReadOnly() throws IOException, InterruptedException {
        return mounted ? run("mount", "-o", "remount,ro", folder.toString()) : run("chmod", "555", folder.toString());
    }

    /** Whether the folder takes writes again. */
    public boolean makeWritable() throws IOException, InterruptedException {
        return mounted ? run("mount", "-o", "remount,rw", folder.toString()) : run("chmod", "755", folder.toString());
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String uid = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        return "0".equals(uid);
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor() == 0;
    }
}
