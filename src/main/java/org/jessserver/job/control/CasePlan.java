package org.jessserver.job.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * Which models and weather files of an upload make the job's cases. Batch rule: without a named
 * model every .idf/.imf is a model, without a named weather every .epw is a weather file, and there
 * is one case per model and weather pair.
 */
public record CasePlan(List<String> models, List<String> weathers) {

    /**
     * Longest case folder name before a "_2"-style suffix: far below the 255 bytes file systems
     * allow and the 500 characters the database keeps, however long the uploaded names are.
     */
    static final int MAX_NAME = 120;

    /** One planned case: a folder name unique in the job, and its inputs relative to the input folder. */
    public record Entry(int caseNo, String name, String model, String weather) {
    }

    public static CasePlan of(List<String> files, String model, String weather) {
        List<String> models = pick(files, model, "Model", ".idf", ".imf");
        List<String> weathers = pick(files, weather, "Weather file", ".epw");
        if (models.isEmpty()) {
            throw new InvalidRequestException("No model: upload an .idf or .imf file (received: " + list(files) + ")");
        }
        if (weathers.isEmpty()) {
            throw new InvalidRequestException("No weather file: upload an .epw file (received: " + list(files) + ")");
        }
        return new CasePlan(models, weathers);
    }

    public int size() {
        return models.size() * weathers.size();
    }

    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>(size());
        Set<String> names = new HashSet<>();
        int no = 0;
        for (String m : models) {
            for (String w : weathers) {
                no++;
                String base = ReservedNames.caseFolderBase(
                        weathers.size() > 1 ? pairName(stem(m), stem(w)) : cut(stem(m), MAX_NAME));
                String name = base;
                for (int k = 2; ReservedNames.server(name) || !names.add(name.toLowerCase(Locale.ROOT)); k++) {
                    name = base + "_" + k;
                }
                out.add(new Entry(no, name, m, w));
            }
        }
        return out;
    }

    private static List<String> pick(List<String> files, String named, String what, String... extensions) {
        if (named != null && !named.isBlank()) {
            List<String> hits = NamedFile.matches(files, named);
            if (hits.size() > 1) {
                throw new InvalidRequestException(what + " '" + named + "' is ambiguous: " + list(hits));
            }
            if (hits.isEmpty()) {
                throw new InvalidRequestException(what + " '" + named + "' is not among the uploaded files ("
                        + list(files) + ")");
            }
            return hits;
        }
        return files.stream().filter(f -> hasExtension(f, extensions)).toList();
    }

    static boolean hasExtension(String f, String... extensions) {
        String lower = f.toLowerCase(Locale.ROOT);
        for (String e : extensions) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** model_weather, shortened when too long so that the weather's part keeps at least 40 characters. */
    private static String pairName(String model, String weather) {
        if (model.length() + 1 + weather.length() <= MAX_NAME) {
            return model + "_" + weather;
        }
        String w = cut(weather, Math.max(40, MAX_NAME - 1 - model.length()));
        return cut(model, MAX_NAME - 1 - w.length()) + "_" + w;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String s = dot > 0 ? name.substring(0, dot) : name;
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String list(List<String> files) {
        if (files.isEmpty()) {
            return "no files";
        }
        return files.size() <= 10 ? String.join(", ", files) : String.join(", ", files.subList(0, 10)) + ", ...";
    }
}
