package org.jessserver.platform.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A process of one boot of one host, told apart from a later process with the same pid by its start time (clock
 * ticks after boot, from /proc). Its name is safe as a file name, so that a folder can say whose it is and
 * whether its owner still lives.
 */
public record HostProcess(String host, String boot, long pid, long start) {

    private static final String SEPARATOR = "~";
    private static final HostProcess SELF = new HostProcess(
            safe(firstLine(Path.of("/proc/sys/kernel/hostname"), "unknown-host")),
            safe(firstLine(Path.of("/proc/sys/kernel/random/boot_id"), "unknown-boot")),
            ProcessHandle.current().pid(), startTicks(ProcessHandle.current().pid()).orElse(-1));

    /** This server process. */
    public static HostProcess current() {
        return SELF;
    }

    public boolean onThisHost() {
        return SELF.host.equals(host) && SELF.boot.equals(boot);
    }

    /** Still running on this host; a process of another host or boot is never taken for alive or for dead. */
    public boolean alive() {
        return onThisHost() && start >= 0 && startTicks(pid).orElse(-2) == start;
    }

    /** Gone for sure: it was of this host's current boot and runs no more, or of an earlier boot of this host. */
    public boolean gone() {
        return SELF.host.equals(host) && !alive();
    }

    /** host~boot~pid~start. */
    public String name() {
        return String.join(SEPARATOR, host, boot, Long.toString(pid), Long.toString(start));
    }

    /** The process a name of {@link #name()} names; empty for any other name. */
    public static Optional<HostProcess> parse(String name) {
        String[] f = name.split(SEPARATOR, -1);
        if (f.length != 4 || f[0].isEmpty() || f[1].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HostProcess(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Field 22 of /proc/pid/stat; empty for a process that is gone or a zombie. */
    public static OptionalLong startTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            char state = fields[0].isEmpty() ? '?' : fields[0].charAt(0);
            return state == 'Z' || state == 'X' ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(fields[19]));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    // host names are letters, digits, dots and dashes; anything else would not be a safe file name
    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9.-]", "_");
    }

    private static String firstLine(Path file, String otherwise) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return text.isEmpty() ? otherwise : text;
        } catch (IOException | RuntimeException e) {
            return otherwise;
        }
    }
}
