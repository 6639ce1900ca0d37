package org.jessserver.jeplus.control;

import static org.jessserver.jeplus.control.ProjectFields.array;
import static org.jessserver.jeplus.control.ProjectFields.bool;
import static org.jessserver.jeplus.control.ProjectFields.element;
import static org.jessserver.jeplus.control.ProjectFields.number;
import static org.jessserver.jeplus.control.ProjectFields.string;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jessserver.platform.control.InvalidRequestException;

/**
 * Reads a project's {@code rvx} (jeplus.md §2.5) as far as the server supports it (§11 q10): {@code csvs} and the
 * derived metrics; the other collectors are refused when not empty. Table names and identifiers must be unique.
 */
final class ProjectRvx {

    private static final List<String> UNSUPPORTED = List.of("rvis", "esos", "mtrs", "sqls", "scripts",
            "userSupplied", "trns");

    private ProjectRvx() {
    }

    static ResultDefinitions read(JsonObject rvx) {
        if (rvx == null) {
            return ResultDefinitions.none();
        }
        for (String key : UNSUPPORTED) {
            JsonValue v = rvx.get(key);
            boolean empty = v == null || v == JsonValue.NULL || (v instanceof JsonArray a && a.isEmpty());
            if (!empty) {
                throw new InvalidRequestException("rvx." + key + " is not supported; only csvs and the derived "
                        + "metrics (userVars, constraints, objectives) are");
            }
        }
        return new ResultDefinitions(csvs(array(rvx, "csvs", "rvx.csvs")), derived(rvx));
    }

    private static List<CsvItem> csvs(JsonArray items) {
        List<CsvItem> csvs = new ArrayList<>();
        Set<String> tables = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "rvx.csvs[" + i + "]";
            JsonObject o = element(items, i, path);
            CsvItem item = new CsvItem(string(o, "sourceCsv", path + ".sourceCsv", "eplustbl.csv"),
                    string(o, "fromReport", path + ".fromReport", ""), string(o, "fromFor", path + ".fromFor", ""),
                    string(o, "fromTable", path + ".fromTable", ""),
                    string(o, "fromColumn", path + ".fromColumn", ""), string(o, "fromRow", path + ".fromRow", ""),
                    string(o, "tableName", path + ".tableName", "CsvTable"),
                    string(o, "columnHeaders", path + ".columnHeaders", ""),
                    bool(o, "usedInCalc", path + ".usedInCalc", true));
            plainName(path + ".sourceCsv", item.sourceCsv());
            plainName(path + ".tableName", item.tableName());
            if (!tables.add(item.tableName())) {
                throw new InvalidRequestException("rvx: duplicate table name " + item.tableName());
            }
            csvs.add(item);
        }
        return csvs;
    }

    /** A name that becomes a file name in a case or result folder must not reach outside it. */
    private static void plainName(String path, String name) {
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals("..")) {
            throw new InvalidRequestException(path + " must be a plain file name, not '" + name + "'");
        }
    }

    /** All userVars, then constraints, then objectives: the order of evaluation and of the columns (§8.6). */
    private static List<DerivedMetric> derived(JsonObject rvx) {
        List<DerivedMetric> derived = new ArrayList<>();
        metrics(rvx, "userVars", DerivedMetric.Kind.USER_VAR, derived);
        metrics(rvx, "constraints", DerivedMetric.Kind.CONSTRAINT, derived);
        metrics(rvx, "objectives", DerivedMetric.Kind.OBJECTIVE, derived);
        Set<String> identifiers = new HashSet<>();
        for (DerivedMetric m : derived) {
            if (m.identifier().isBlank()) {
                throw new InvalidRequestException("rvx: a derived metric has no identifier");
            }
            if (!identifiers.add(m.identifier())) {
                throw new InvalidRequestException("rvx: duplicate identifier " + m.identifier());
            }
        }
        return derived;
    }

    private static void metrics(JsonObject rvx, String key, DerivedMetric.Kind kind, List<DerivedMetric> out) {
        JsonArray items = array(rvx, key, "rvx." + key);
        for (int i = 0; i < items.size(); i++) {
            String path = "rvx." + key + "[" + i + "]";
            JsonObject o = element(items, i, path);
            out.add(new DerivedMetric(kind, string(o, "identifier", path + ".identifier", "").trim(),
                    string(o, "caption", path + ".caption", ""), string(o, "formula", path + ".formula", ""),
                    bool(o, "report", path + ".report", true), bool(o, "scaling", path + ".scaling", false),
                    number(o, "lb", path + ".lb", 0), number(o, "ub", path + ".ub", 0),
                    number(o, "min", path + ".min", 0), number(o, "max", path + ".max", 1),
                    number(o, "weight", path + ".weight", 1)));
        }
    }
}
