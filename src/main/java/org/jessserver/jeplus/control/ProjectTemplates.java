package org.jessserver.jeplus.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jessserver.platform.control.InvalidRequestException;

/**
 * Checks that every search tag occurs in some template, so a misspelt tag is refused at submission instead of
 * silently leaving the models unchanged. An {@code .imf} template is searched together with the files it
 * {@code ##include}s (resolved as jeplus.md §5.3 describes) when they exist inside the upload.
 */
final class ProjectTemplates {

    private static final Pattern INCLUDE = Pattern.compile("^##include(?:silent)?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIX = Pattern.compile("^##fileprefix\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    private ProjectTemplates() {
    }

    static void requireTags(List<Parameter> parameters, List<Path> templates, Path idfDir, Path uploadRoot) {
        StringBuilder text = new StringBuilder();
        for (Path template : templates) {
            text.append(template.toString().toLowerCase(Locale.ROOT).endsWith(".imf")
                    ? withIncludes(template, idfDir, uploadRoot)
                    : read(template)).append('\n');
        }
        String all = text.toString();
        for (Parameter p : parameters) {
            for (String tag : p.tags()) {
                if (!all.contains(tag)) {
                    throw new InvalidRequestException("Parameter " + p.id() + ": search tag " + tag
                            + " occurs in no template");
                }
            }
        }
    }

    /** The IMF and every file it includes, directly or not, that exists inside the upload. */
    private static String withIncludes(Path imf, Path idfDir, Path uploadRoot) {
        Path prefix = prefixFolder(imf, idfDir, uploadRoot);
        StringBuilder text = new StringBuilder();
        Set<Path> seen = new HashSet<>();
        Deque<Path> pending = new ArrayDeque<>(List.of(imf));
        while (!pending.isEmpty()) {
            Path file = pending.pop();
            if (!seen.add(file)) {
                continue;
            }
            String content = read(file);
            text.append(content).append('\n');
            content.lines().map(String::trim).map(INCLUDE::matcher).filter(Matcher::matches)
                    .map(m -> included(m.group(1).trim(), prefix, uploadRoot))
                    .filter(f -> f != null && Files.isRegularFile(f)).forEach(pending::push);
        }
        return text.toString();
    }

    /** The {@code ##fileprefix} folder, or {@code idfdir} when it is absent or not an existing folder. */
    private static Path prefixFolder(Path imf, Path idfDir, Path uploadRoot) {
        return read(imf).lines().map(String::trim).map(PREFIX::matcher).filter(Matcher::matches).findFirst()
                .map(m -> included(m.group(1).trim(), idfDir, uploadRoot)).filter(Files::isDirectory)
                .orElse(idfDir);
    }

    /** {@code name} against {@code dir}, or null when it leaves the upload (a tag in it cannot be checked then). */
    private static Path included(String name, Path dir, Path uploadRoot) {
        try {
            return FileList.inside("##include", name, dir, uploadRoot);
        } catch (InvalidRequestException e) {
            return null;
        }
    }

    private static String read(Path file) {
        return String.join("\n", FileList.lines(file));
    }
}
