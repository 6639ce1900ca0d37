package org.jessserver.jeplus.control;

import static org.jessserver.jeplus.control.ProjectFields.array;
import static org.jessserver.jeplus.control.ProjectFields.element;
import static org.jessserver.jeplus.control.ProjectFields.enumName;
import static org.jessserver.jeplus.control.ProjectFields.integer;
import static org.jessserver.jeplus.control.ProjectFields.object;
import static org.jessserver.jeplus.control.ProjectFields.string;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.jessserver.platform.control.InvalidRequestException;

/**
 * Loads and validates a jEPlus {@code project.json} (jeplus.md §2, §3) into a {@link Project}; anything the server
 * cannot run faithfully is refused with a message naming the field, parameter or file. Written from the
 * specification, independently of jEPlus.
 */
public final class ProjectReader {

    private static final List<String> PROJECT_TYPES = List.of("EPLUS", "TRNSYS", "INSEL");
    private static final List<String> PARAM_KINDS = List.of("PARAMETRICS", "OPTIMISATION", "UNCERTAINTY", "SPLIT");
    private static final List<String> TYPES = Arrays.stream(ParamType.values()).map(Enum::name).toList();

    private ProjectReader() {
    }

    /**
     * Reads {@code projectFile}, which lies inside {@code uploadRoot}; {@code samples} draws the values of
     * {@code @sample} parameters (the job's seeded generator, so a run can be repeated).
     */
    public static Project read(Path projectFile, Path uploadRoot, Random samples) {
        Path root = uploadRoot.toAbsolutePath().normalize();
        Path file = FileList.inside("project file", projectFile.toAbsolutePath().toString(), root, root);
        if (!Files.isRegularFile(file)) {
            throw new InvalidRequestException("project file not found: " + projectFile.getFileName());
        }
        Path folder = file.getParent();
        JsonObject json = parse(file);
        String type = enumName(json, "projectType", "projectType", PROJECT_TYPES, "EPLUS");
        if (!type.equals("EPLUS")) {
            throw new InvalidRequestException("projectType " + type + " is not supported; only EPLUS is");
        }
        refuseImport(json, "paramFile");
        refuseImport(json, "rvifile");
        String projectId = projectId(string(json, "projectID", "projectID", "G"));
        Path weatherDir = FileList.inside("weatherDir", string(json, "weatherDir", "weatherDir", "./"), folder, root);
        Path idfDir = FileList.inside("idfdir", string(json, "idfdir", "idfdir", "./"), folder, root);
        List<Path> weathers = files(json, "weatherFile", "weather file", weatherDir, root);
        List<Path> templates = files(json, "idftemplate", "model template", idfDir, root);
        List<Parameter> parameters = parameters(array(json, "parameters", "parameters"),
                new ValuesContext(folder, root, samples));
        ProjectTemplates.requireTags(parameters, templates, idfDir, root);
        ExecSettings exec = ProjectExec.read(object(json, "execSettings", "execSettings"));
        ResultDefinitions rvx = ProjectRvx.read(object(json, "rvx", "rvx"));
        return new Project(folder, projectId, weatherDir, weathers, idfDir, templates, parameters, exec, rvx);
    }

    private static JsonObject parse(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject o) {
                return o;
            }
            throw new InvalidRequestException(file.getFileName() + " must hold a JSON object");
        } catch (JsonException e) {
            throw new InvalidRequestException(file.getFileName() + " is not valid JSON: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports replace parts of the project at load time in jEPlus; release 1 does not support them (§11 q10). */
    private static void refuseImport(JsonObject json, String key) {
        String value = string(json, key, key, null);
        if (value != null && !value.isBlank()) {
            throw new InvalidRequestException(key + " is not supported: put the " + (key.equals("paramFile")
                    ? "parameters" : "result definitions (rvx)") + " into the project file itself");
        }
    }

    /** The batch id names case folders, so it must not hold a path separator. */
    private static String projectId(String id) {
        if (id.contains("/") || id.contains("\\") || id.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("projectID must not contain / or \\: '" + id + "'");
        }
        return id;
    }

    private static List<Path> files(JsonObject json, String key, String what, Path dir, Path root) {
        List<Path> files = FileList.resolve(key, string(json, key, key, ""), dir, root);
        if (files.isEmpty()) {
            throw new InvalidRequestException(key + ": the project names no " + what);
        }
        return files;
    }

    /** Where a parameter's values string may look: the project folder, the upload and the job's generator. */
    private record ValuesContext(Path folder, Path root, Random samples) {
    }

    private static List<Parameter> parameters(JsonArray items, ValuesContext where) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ids.add(parameterId(element(items, i, "parameters[" + i + "]"), i, ids));
        }
        List<Parameter> parameters = new ArrayList<>();
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Parameter p = parameter(element(items, i, "parameters[" + i + "]"), ids.get(i), parameters,
                    ids.subList(i, ids.size()), where);
            for (String tag : p.tags()) {
                if (!tags.add(tag)) {
                    throw new InvalidRequestException("Parameter " + p.id() + ": search tag " + tag
                            + " is already used by another parameter");
                }
            }
            parameters.add(p);
        }
        return parameters;
    }

    /** Ids name case folders ({@code P0_3}) and are referred to by {@code @calc}: unique, plain, not blank. */
    private static String parameterId(JsonObject o, int i, List<String> earlier) {
        String id = string(o, "id", "parameters[" + i + "].id", "").trim();
        if (id.isEmpty()) {
            throw new InvalidRequestException("parameters[" + i + "].id is missing");
        }
        if (id.contains("/") || id.contains("\\") || id.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("parameters[" + i + "].id must not contain / or \\: '" + id + "'");
        }
        if (earlier.contains(id)) {
            throw new InvalidRequestException("Parameter id " + id + " is used twice");
        }
        return id;
    }

    private static Parameter parameter(JsonObject o, String id, List<Parameter> earlier, List<String> laterIds,
            ValuesContext where) {
        String path = "Parameter " + id + ": ";
        enumName(o, "paramType", path + "paramType", PARAM_KINDS, "PARAMETRICS");
        ParamType type = ParamType.valueOf(enumName(o, "type", path + "type", TYPES, ParamType.DOUBLE.name()));
        List<String> tags = tags(id, string(o, "searchString", path + "searchString", ""));
        String valuesString = string(o, "valuesString", path + "valuesString", null);
        if (valuesString == null) {
            throw new InvalidRequestException(path + "valuesString is missing");
        }
        ValuesString.Parsed parsed = ValuesString.parse(id, type, valuesString, new ValuesString.Context(
                where.folder(), where.root(), where.samples(), earlier, laterIds));
        long selected = integer(o, "selectedAltValue", path + "selectedAltValue", 0);
        if (selected < 0 || selected > parsed.values().size()) {
            throw new InvalidRequestException(path + "selectedAltValue " + selected + " must lie between 0 (all) and "
                    + parsed.values().size() + ", the number of values");
        }
        Distribution sample = valuesString.trim().toLowerCase(Locale.ROOT).startsWith("@sample")
                ? parsed.sample() : null;
        return new Parameter(id, tags, type, parsed.values(), (int) selected, sample);
    }

    /** The tags of a search string: split at {@code |}, whitespace around each tag ignored (§2.4). */
    private static List<String> tags(String id, String searchString) {
        List<String> tags = new ArrayList<>();
        for (String tag : searchString.trim().split("\\s*\\|\\s*", -1)) {
            if (tag.isEmpty()) {
                throw new InvalidRequestException("Parameter " + id + ": searchString has an empty tag: '"
                        + searchString + "'");
            }
            if (tags.contains(tag)) {
                throw new InvalidRequestException("Parameter " + id + ": search tag " + tag + " is listed twice");
            }
            tags.add(tag);
        }
        return tags;
    }
}
