package org.jessserver.jeplus.control;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * Which cases of a project a job runs (jeplus.md §1.3, §2.6): the mode, the sample size and seed (SHUFFLE, LHS)
 * and the job-list files (FILE). The seed must already be the effective one: a project seed ≤ 0 is replaced by the
 * caller with a clock-derived seed it records (§11 q2).
 */
public record CaseSubset(Mode mode, int size, long seed, List<Path> listFiles, boolean lhsHonoursFixed) {

    /** The effective subset modes. */
    public enum Mode {
        ALL, FILE, CHAINS, SHUFFLE, LHS, SOBOL
    }

    public CaseSubset {
        listFiles = List.copyOf(listFiles);
    }

    public CaseSubset(Mode mode, int size, long seed, List<Path> listFiles) {
        this(mode, size, seed, listFiles, false);
    }

    /** True when the subset samples with a seed ≤ 0, which the caller replaces by a clock-derived one it records. */
    public boolean needsSeed() {
        return (mode == Mode.SHUFFLE || mode == Mode.LHS || mode == Mode.SOBOL) && seed <= 0;
    }

    public CaseSubset withSeed(long newSeed) {
        return new CaseSubset(mode, size, newSeed, listFiles, lhsHonoursFixed);
    }

    /** The server setting of §11 q2: LHS fixes a parameter with selectedAltValue k to value k instead of sampling it. */
    public CaseSubset withLhsHonouringFixedValues() {
        return new CaseSubset(mode, size, seed, listFiles, true);
    }

    public static CaseSubset all() {
        return new CaseSubset(Mode.ALL, 0, 0, List.of());
    }

    public static CaseSubset chains() {
        return new CaseSubset(Mode.CHAINS, 0, 0, List.of());
    }

    public static CaseSubset shuffle(int size, long seed) {
        return new CaseSubset(Mode.SHUFFLE, size, seed, List.of());
    }

    public static CaseSubset lhs(int size, long seed) {
        return new CaseSubset(Mode.LHS, size, seed, List.of());
    }

    public static CaseSubset listFiles(List<Path> files) {
        return new CaseSubset(Mode.FILE, 0, 0, files);
    }

    /** The subset the project's execSettings name (subset DEFAULT); its job list resolves against the project folder. */
    public static CaseSubset ofProject(Project project, Path uploadRoot) {
        ExecSettings exec = project.exec();
        return switch (exec.subSet()) {
            case ExecSettings.ALL -> all();
            case ExecSettings.CHAINS -> chains();
            case ExecSettings.FILE -> listFiles(List.of(listFile(exec.jobListFile(), project, uploadRoot)));
            case ExecSettings.RANDOM -> switch (exec.sampleOpt()) {
                case SHUFFLE -> shuffle(exec.numberOfJobs(), exec.randomSeed());
                case LHS -> lhs(exec.numberOfJobs(), exec.randomSeed());
                case SOBOL -> new CaseSubset(Mode.SOBOL, exec.numberOfJobs(), exec.randomSeed(), List.of());
            };
            default -> throw new InvalidRequestException("execSettings.subSet " + exec.subSet()
                    + " is not one of -1 (ALL), 0 (FILE), 1 (CHAINS), 2 (RANDOM)");
        };
    }

    /**
     * The subset a request asks for (§1.3): {@code subset} DEFAULT (or absent), ALL, LHS or LIST_FILE, ignoring case;
     * {@code cases} holds the LHS size or the list file names (empty: the project's numberOfJobs or jobListFile).
     */
    public static CaseSubset ofRequest(String subset, List<String> cases, Project project, Path uploadRoot) {
        String name = subset == null || subset.isBlank() ? "DEFAULT" : subset.trim().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "DEFAULT" -> ofProject(project, uploadRoot);
            case "ALL" -> all();
            case "LHS" -> lhs(cases.isEmpty() ? project.exec().numberOfJobs() : size(cases.get(0)),
                    project.exec().randomSeed());
            case "LIST_FILE" -> {
                List<Path> files = new ArrayList<>();
                if (cases.isEmpty()) {
                    files.add(listFile(project.exec().jobListFile(), project, uploadRoot));
                }
                cases.forEach(c -> files.add(listFile(c, project, uploadRoot)));
                yield listFiles(files);
            }
            default -> throw new InvalidRequestException("subset '" + subset
                    + "' is not one of DEFAULT, ALL, LHS, LIST_FILE");
        };
    }

    private static int size(String text) {
        try {
            int size = Integer.parseInt(text.trim());
            if (size > 0) {
                return size;
            }
        } catch (NumberFormatException e) {
            // refused below, with the text
        }
        throw new InvalidRequestException("cases '" + text + "' is not a positive integer: the LHS sample size");
    }

    /** A list file resolved against the project folder, then the upload root, never outside the upload (§11 q7). */
    static Path listFile(String name, Project project, Path uploadRoot) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("No job list file: name one in cases, or set execSettings.jobListFile");
        }
        Path root = uploadRoot.toAbsolutePath().normalize();
        for (Path dir : List.of(project.folder(), root)) {
            try {
                Path candidate = dir.toAbsolutePath().resolve(name.trim()).normalize();
                if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                    return candidate;
                }
            } catch (InvalidPathException e) {
                break;
            }
        }
        throw new InvalidRequestException("Job list file '" + name + "' not found in the project");
    }

    /** The job_Subset the job records (§11 q3). */
    public String jobSubset() {
        return switch (mode) {
            case ALL -> "ALL";
            case FILE -> "LIST_FILE";
            case CHAINS -> "CHAINS";
            case SHUFFLE, LHS, SOBOL -> mode + "_RANDOM";
        };
    }
}
