package org.jessserver.jeplus.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * FILE mode (jeplus.md §7): the cases of one or more job-list files, concatenated. Opening reads every file once
 * and checks every line (so a bad line refuses the job before any case is made); streaming reads them again.
 */
final class JobListFiles implements CaseSource {

    private static final Pattern INDEX = Pattern.compile("[+-]?\\d+");
    /** The longest folder name most file systems take. */
    private static final int MAX_ID_LENGTH = 255;

    private final Project project;
    private final List<Path> files;
    private final Path uploadRoot;
    private final Map<String, Path> weatherCache = new HashMap<>();
    private final Map<String, Path> templateCache = new HashMap<>();
    private final int tagCount;
    private long count;

    private JobListFiles(Project project, List<Path> files, Path uploadRoot) {
        this.project = project;
        this.files = List.copyOf(files);
        this.uploadRoot = uploadRoot.toAbsolutePath().normalize();
        this.tagCount = project.tags().size();
    }

    /**
     * Reads and checks the list files; {@code reservedNames} are the result-table names a case id may not take,
     * with or without {@code .csv} (compared ignoring case).
     */
    static JobListFiles open(Project project, List<Path> files, Path uploadRoot, Set<String> reservedNames) {
        if (files.isEmpty()) {
            throw new InvalidRequestException("No job list file given");
        }
        JobListFiles list = new JobListFiles(project, files, uploadRoot);
        list.check(reservedNames);
        return list;
    }

    private void check(Set<String> reservedNames) {
        Set<String> reserved = new HashSet<>();
        // a case folder named like a table's file would clash with it in the result folder
        reservedNames.forEach(name -> {
            String lower = name.toLowerCase(Locale.ROOT);
            reserved.add(lower);
            reserved.add(lower.endsWith(".csv") ? lower.substring(0, lower.length() - 4) : lower + ".csv");
        });
        // where each id first appeared, as "<file> line <n>", for the duplicate message
        Map<String, String> seen = new HashMap<>();
        try (Lines lines = new Lines()) {
            while (lines.next()) {
                JeplusCase c = parse(lines);
                String at = lines.where();
                if (reserved.contains(c.id().toLowerCase(Locale.ROOT))) {
                    throw new InvalidRequestException(at + ": case ID '" + c.id() + "' is the name of a result table");
                }
                String first = seen.putIfAbsent(c.id(), at);
                if (first != null) {
                    throw new InvalidRequestException(at + ": case ID '" + c.id() + "' repeats " + first);
                }
                count++;
            }
        }
        if (count == 0) {
            throw new InvalidRequestException("The job list " + names() + " holds no cases");
        }
    }

    @Override
    public BigInteger count() {
        return BigInteger.valueOf(count);
    }

    @Override
    public Stream<JeplusCase> stream() {
        Lines lines = new Lines();
        Iterator<JeplusCase> cases = new Iterator<>() {
            private Boolean ready;

            @Override
            public boolean hasNext() {
                if (ready == null) {
                    ready = lines.next();
                }
                return ready;
            }

            @Override
            public JeplusCase next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = null;
                return parse(lines);
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(cases, count, Spliterator.ORDERED), false)
                .onClose(lines::close);
    }

    /** The case of the current line; refuses a bad line, naming file and line. */
    private JeplusCase parse(Lines lines) {
        String at = lines.where();
        List<String> fields = fields(lines.line);
        List<Parameter> parameters = project.parameters();
        int values = fields.size() - 3;
        if (values != parameters.size() && values != tagCount) {
            String expected = tagCount == parameters.size() ? String.valueOf(3 + tagCount)
                    : (3 + parameters.size()) + " (one value per parameter) or " + (3 + tagCount) + " (one per tag)";
            throw new InvalidRequestException(at + ": " + fields.size() + " fields, expected " + expected
                    + ": case ID, weather file, model file and the values");
        }
        String id = fields.get(0);
        checkId(id, at);
        Path weather = resolve(fields.get(1), project.weathers(), project.weatherDir(), weatherCache, "weather file",
                at);
        Path template = resolve(fields.get(2), project.templates(), project.idfDir(), templateCache, "model file",
                at);
        List<String> valueFields = fields.subList(3, fields.size());
        List<String> tagValues = values == parameters.size() ? CaseSpace.spread(parameters, valueFields)
                : valueFields;
        return new JeplusCase(id, weather, template, tagValues);
    }

    private static void checkId(String id, String at) {
        String problem = null;
        if (id.isEmpty()) {
            problem = "the case ID is empty";
        } else if (id.equals(".") || id.equals("..")) {
            problem = "case ID '" + id + "' is not a folder name";
        } else if (id.indexOf('/') >= 0 || id.indexOf('\\') >= 0) {
            problem = "case ID '" + id + "' contains a slash";
        } else if (id.chars().anyMatch(Character::isISOControl)) {
            problem = "case ID '" + id.replaceAll("\\p{Cntrl}", "?") + "' contains a control character";
        } else if (id.length() > MAX_ID_LENGTH) {
            problem = "case ID '" + id.substring(0, 20) + "…' is longer than " + MAX_ID_LENGTH + " characters";
        }
        if (problem != null) {
            throw new InvalidRequestException(at + ": " + problem);
        }
    }

    /**
     * Column 2 or 3: an integer indexes the project's list; anything else is a path tried against the project
     * folder, then {@code dir}, then (for paths written on another machine) its last component in {@code dir}.
     * Only files inside the upload count.
     */
    private Path resolve(String text, List<Path> list, Path dir, Map<String, Path> cache, String what, String at) {
        if (INDEX.matcher(text).matches()) {
            long index = text.length() > 10 ? -1 : Long.parseLong(text);
            if (index < 0 || index >= list.size()) {
                throw new InvalidRequestException(at + ": " + what + " index " + text + " is outside 0.."
                        + (list.size() - 1));
            }
            return list.get((int) index);
        }
        Path found = cache.computeIfAbsent(text, t -> {
            String last = t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\')) + 1);
            for (Path candidate : new Path[] {path(project.folder(), t), path(dir, t), path(dir, last)}) {
                if (candidate != null && candidate.startsWith(uploadRoot) && Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
            return null;
        });
        if (found == null) {
            throw new InvalidRequestException(at + ": " + what + " '" + text + "' not found");
        }
        return found;
    }

    private static Path path(Path dir, String name) {
        if (name.isEmpty()) {
            return null;
        }
        try {
            return dir.toAbsolutePath().resolve(name).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * Splits a line at commas outside (), [] and {}, trimming each field; quotes protect nothing and stay.
     */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                fields.add(line.substring(start, i).trim());
                start = i + 1;
            }
        }
        fields.add(line.substring(start).trim());
        return fields;
    }

    /** A line without its comment (from the first {@code #}; {@code !} is no comment here), trimmed. */
    static String data(String raw) {
        int hash = raw.indexOf('#');
        return (hash >= 0 ? raw.substring(0, hash) : raw).trim();
    }

    private String names() {
        return String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
    }

    /** The data lines of all files in order, with file name and line number. */
    private final class Lines implements AutoCloseable {
        private int file = -1;
        private BufferedReader reader;
        private int number;
        private String line;

        /** Moves to the next data line; false at the end of the last file. */
        boolean next() {
            try {
                while (true) {
                    if (reader == null) {
                        if (++file >= files.size()) {
                            return false;
                        }
                        reader = open(files.get(file));
                        number = 0;
                    }
                    String raw = reader.readLine();
                    if (raw == null) {
                        reader.close();
                        reader = null;
                        continue;
                    }
                    number++;
                    if (number == 1 && raw.startsWith("\uFEFF")) {
                        raw = raw.substring(1);
                    }
                    line = data(raw);
                    if (!line.isEmpty()) {
                        return true;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private BufferedReader open(Path path) throws IOException {
            if (!Files.isRegularFile(path)) {
                throw new InvalidRequestException("Job list file " + path.getFileName() + " not found");
            }
            // an InputStreamReader replaces malformed bytes instead of failing, as a lenient reader should
            return new BufferedReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8));
        }

        String where() {
            return files.get(file).getFileName() + " line " + number;
        }

        @Override
        public void close() {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                reader = null;
            }
        }
    }
}
