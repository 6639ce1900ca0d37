package org.jessserver.jeplus.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jessserver.platform.control.InvalidRequestException;

/**
 * The {@code valuesString} grammar (jeplus.md §3): sections {@code {list}}, {@code [range]}, {@code @file},
 * {@code @sample} and {@code @calc} joined by {@code &} (union) and {@code ^} (exclusion), giving a parameter's
 * alt values. Malformed strings are refused naming the parameter. Written from the specification, independently
 * of jEPlus.
 */
public final class ValuesString {

    /** More values than this in one parameter is surely a mistake (a range with a tiny step); the case cap is far lower. */
    static final int MAX_VALUES = 1_000_000;

    private static final Pattern SECTION_CALL = Pattern.compile("@([A-Za-z0-9]+)\\s*\\((.*)\\)", Pattern.DOTALL);
    private static final Pattern RANGE_NUMBER = Pattern.compile("\\s*([-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?)\\s*");

    private ValuesString() {
    }

    /**
     * What a values string may use: the project folder and upload (for {@code @file}), the generator of
     * {@code @sample} draws, the parameters before this one and the ids of this and later ones (for {@code @calc}).
     */
    public record Context(Path folder, Path uploadRoot, Random samples, List<Parameter> earlier,
            List<String> laterIds) {
    }

    /** A parsed values string: its alt values and, when it starts with {@code @sample}, that distribution. */
    public record Parsed(List<String> values, Distribution sample) {
    }

    /** Parses parameter {@code id}'s values string; refuses anything malformed and a result of 0 values. */
    public static Parsed parse(String id, ParamType type, String valuesString, Context context) {
        String text = valuesString.trim();
        if (text.isEmpty() || "{[@&^".indexOf(text.charAt(0)) < 0) {
            throw refuse(id, "valuesString must start with {, [, @, & or ^ (a single value is written {5}): '"
                    + valuesString + "'");
        }
        List<String> values = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Distribution sample = null;
        // jEPlus splits at every & and ^, so neither can appear inside a value or a formula (§3.1 rule 2)
        Matcher operators = Pattern.compile("[&^]").matcher(text);
        int start = 0;
        char operator = '&';
        boolean first = true;
        while (true) {
            boolean more = operators.find();
            String section = text.substring(start, more ? operators.start() : text.length()).trim();
            if (!(first && section.isEmpty() && more)) {
                Section parsed = section(id, type, section, context);
                if (operator == '^') {
                    if (!parsed.formula) {
                        excluded.addAll(parsed.values);
                    }
                } else {
                    add(values, parsed);
                    if (first && parsed.sample != null) {
                        sample = parsed.sample;
                    }
                }
            }
            if (!more) {
                break;
            }
            operator = text.charAt(operators.start());
            start = operators.end();
            first = false;
        }
        excluded.forEach(values::remove);
        if (values.isEmpty()) {
            throw refuse(id, "valuesString gives no values: '" + valuesString + "'");
        }
        return new Parsed(values, sample);
    }

    /** One section's values; lists and ranges add only values not yet present (§3.1 rule 4). */
    private record Section(List<String> values, boolean distinct, boolean formula, Distribution sample) {
    }

    private static void add(List<String> values, Section section) {
        for (String value : section.values) {
            if (!section.distinct || !values.contains(value)) {
                values.add(value);
            }
        }
    }

    private static Section section(String id, ParamType type, String section, Context context) {
        if (section.startsWith("{") && section.endsWith("}")) {
            String body = section.substring(1, section.length() - 1);
            if (unquoted(body).matches("(?s).*[{}].*")) {
                throw refuse(id, "malformed section '" + section + "'");
            }
            return new Section(list(id, body), true, false, null);
        }
        if (section.startsWith("[") && section.endsWith("]")) {
            return new Section(range(id, type, section.substring(1, section.length() - 1)), true, false, null);
        }
        Matcher call = SECTION_CALL.matcher(section);
        if (!call.matches()) {
            throw refuse(id, "malformed section '" + section + "'");
        }
        String inner = call.group(2);
        return switch (call.group(1).toLowerCase(Locale.ROOT)) {
            case "calc" -> new Section(List.of(calc(id, inner, context)), false, true, null);
            case "file" -> new Section(file(id, inner, context), false, false, null);
            case "sample" -> sample(id, type, inner, context);
            case "script", "jython", "python2", "python3" ->
                throw refuse(id, "script parameters are not supported");
            default -> throw refuse(id, "unknown section '@" + call.group(1) + "'");
        };
    }

    /**
     * A {@code {list}} body or an {@code @file} line: items separated by commas, semicolons and whitespace; a
     * double-quoted stretch keeps everything, and every {@code "} is dropped afterwards (there is no escape).
     */
    static List<String> list(String id, String body) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean inItem = false;
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                inItem = true;
            } else if (!quoted && (c == ',' || c == ';' || Character.isWhitespace(c))) {
                if (inItem) {
                    items.add(item.toString());
                }
                item.setLength(0);
                inItem = false;
            } else {
                item.append(c);
                inItem = true;
            }
        }
        if (quoted) {
            throw refuse(id, "unclosed quote in '" + body + "'");
        }
        if (inItem) {
            items.add(item.toString());
        }
        return items;
    }

    /** {@code text} without its double-quoted stretches. */
    private static String unquoted(String text) {
        return text.replaceAll("\"[^\"]*\"?", "");
    }

    /** {@code [start:step:end]} in exact decimal arithmetic, formatted per type (§3.3). */
    static List<String> range(String id, ParamType type, String body) {
        if (type != ParamType.INTEGER && type != ParamType.DOUBLE) {
            throw refuse(id, "a [range] needs type INTEGER or DOUBLE, not " + type);
        }
        String[] parts = body.split(":", -1);
        if (parts.length != 3) {
            throw refuse(id, "a range is [start:step:end], not '[" + body + "]'");
        }
        BigDecimal start = number(id, body, parts[0]);
        BigDecimal step = number(id, body, parts[1]);
        BigDecimal end = number(id, body, parts[2]);
        if (step.signum() == 0) {
            throw refuse(id, "the step of [" + body + "] is 0");
        }
        if (start.compareTo(end) != 0 && step.signum() != end.subtract(start).signum()) {
            throw refuse(id, "the step of [" + body + "] goes away from the end");
        }
        LinkedHashSet<String> values = new LinkedHashSet<>();
        int produced = 0;
        for (BigDecimal v = start; step.signum() > 0 ? v.compareTo(end) <= 0 : v.compareTo(end) >= 0;
                v = v.add(step)) {
            if (++produced > MAX_VALUES) {
                throw refuse(id, "[" + body + "] gives more than " + MAX_VALUES + " values");
            }
            values.add(type == ParamType.INTEGER ? v.setScale(0, RoundingMode.HALF_UP).toPlainString() : v.toString());
        }
        return List.copyOf(values);
    }

    private static BigDecimal number(String id, String body, String text) {
        if (!RANGE_NUMBER.matcher(text).matches()) {
            throw refuse(id, "'" + text.trim() + "' in [" + body + "] is not a number");
        }
        return new BigDecimal(text.trim());
    }

    /**
     * {@code @calc}: one value {@code ?=<formula>} with the ids of earlier parameters replaced by their tags as
     * whole identifiers, longest first (jEPlus's substring replacement broke {@code P10} with {@code P1}).
     */
    static String calc(String id, String formula, Context context) {
        for (String later : context.laterIds()) {
            if (identifierOf(later).matcher(formula).find()) {
                throw refuse(id, "@calc may use only earlier parameters, not " + later);
            }
        }
        List<Parameter> earlier = context.earlier().stream()
                .sorted(Comparator.comparingInt((Parameter p) -> p.id().length()).reversed()).toList();
        String result = formula;
        if (!earlier.isEmpty()) {
            String alternatives = earlier.stream().map(p -> Pattern.quote(p.id())).collect(Collectors.joining("|"));
            Matcher m = identifier(alternatives).matcher(formula);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String tag = earlier.stream().filter(p -> p.id().equals(m.group(1))).findFirst().orElseThrow()
                        .tags().get(0);
                m.appendReplacement(out, Matcher.quoteReplacement(tag));
            }
            m.appendTail(out);
            result = out.toString();
        }
        return "?=" + result.replace("math.", "Math.");
    }

    /** A whole identifier: no identifier character (or member dot) right before it, none right after. */
    private static Pattern identifier(String alternatives) {
        return Pattern.compile("(?<![A-Za-z0-9_$.])(" + alternatives + ")(?![A-Za-z0-9_$])");
    }

    private static Pattern identifierOf(String literal) {
        return identifier(Pattern.quote(literal));
    }

    /** {@code @file(path)} or {@code @file(path, k)}: list-split lines, {@code !} comments, duplicates kept. */
    static List<String> file(String id, String inner, Context context) {
        String[] args = inner.split("[,;]", -1);
        if (args.length > 2 || args[0].isBlank()) {
            throw refuse(id, "@file takes (path) or (path, k), not '" + inner + "'");
        }
        String name = args[0].trim();
        Path file = FileList.existing("Parameter " + id + " @file", name, context.folder(), context.uploadRoot());
        List<String> values = new ArrayList<>();
        for (String line : FileList.lines(file)) {
            values.addAll(list(id, FileList.withoutComment(line, "!")));
        }
        if (args.length == 1) {
            return values;
        }
        int k;
        try {
            k = Integer.parseInt(args[1].trim());
        } catch (NumberFormatException e) {
            throw refuse(id, "@file's k must be a whole number, not '" + args[1].trim() + "'");
        }
        if (k < 1 || k > values.size()) {
            throw refuse(id, "@file(" + name + ", " + k + ") asks for value " + k + " of " + values.size());
        }
        return List.of(values.get(k - 1));
    }

    /** {@code @sample}: n free draws from the job's seeded generator (§3.5), and the distribution for LHS. */
    private static Section sample(String id, ParamType type, String inner, Context context) {
        Distributions.Sample sample = Distributions.parse(id, type, inner);
        if (sample.n() > MAX_VALUES) {
            throw refuse(id, "@sample asks for more than " + MAX_VALUES + " values");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < sample.n(); i++) {
            values.add(sample.distribution().draw(context.samples()));
        }
        return new Section(values, false, false, sample.distribution());
    }

    private static InvalidRequestException refuse(String id, String message) {
        return new InvalidRequestException("Parameter " + id + ": " + message);
    }
}
