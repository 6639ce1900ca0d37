package org.jessserver.jeplus.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * What a jEPlus job runs: its project, which of its cases (subset, sample size, seed, list files), how many, and what
 * JESS records for it. Made at submission, to refuse what cannot run before the job exists, and made again from the
 * recorded arguments ({@link #args()}) wherever the job's cases are prepared, run or collected.
 */
public final class JeplusPlan {

    /** A case's model and weather in its folder, as jEPlus names them. */
    public static final String MODEL = "in.idf";
    public static final String WEATHER = "in.epw";

    /** Looked up once: Json.createX() looks the provider up on every call, and a job stores 100,000 values. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final Path uploadRoot;
    private final Project project;
    private final CaseSubset subset;
    private final CaseSource source;
    private final JeplusRequest effective;

    private JeplusPlan(Path uploadRoot, Project project, CaseSubset subset, CaseSource source,
            JeplusRequest effective) {
        this.uploadRoot = uploadRoot;
        this.project = project;
        this.subset = subset;
        this.source = source;
        this.effective = effective;
    }

    /**
     * The project file of an upload: the named one, else its only {@code .json} file. An XML {@code .jep} project is
     * refused: only the JSON form is read.
     */
    public static String projectFile(List<String> files, String named) {
        if (named != null && !named.isBlank()) {
            String n = named.trim();
            List<String> hits = files.stream().filter(f -> f.equals(n) || f.endsWith("/" + n)).toList();
            if (hits.size() != 1) {
                throw new InvalidRequestException("Project file '" + n + "' is " + (hits.isEmpty()
                        ? "not among the uploaded files" : "ambiguous: " + String.join(", ", hits)));
            }
            return checkJson(hits.get(0));
        }
        List<String> json = files.stream().filter(f -> lower(f).endsWith(".json")).toList();
        if (json.size() == 1) {
            return json.get(0);
        }
        if (json.isEmpty() && files.stream().anyMatch(f -> lower(f).endsWith(".jep"))) {
            return checkJson(files.stream().filter(f -> lower(f).endsWith(".jep")).findFirst().orElseThrow());
        }
        throw new InvalidRequestException(json.isEmpty()
                ? "No jEPlus project: upload the project's project.json with its models and weather files"
                : "Several project files (" + String.join(", ", json) + "): name one in 'model'");
    }

    private static String checkJson(String file) {
        if (lower(file).endsWith(".jep")) {
            throw new InvalidRequestException("Project " + file + " is a jEPlus XML project (.jep), which this server"
                    + " does not read: save it from jEPlus as project.json");
        }
        return file;
    }

    /** Loads and checks the project and its subset; refuses, naming the problem, what cannot run. */
    public static JeplusPlan of(Path uploadRoot, String projectFile, JeplusRequest request, long maxCases,
            Set<String> reservedNames) {
        Path root = uploadRoot.toAbsolutePath().normalize();
        Path file = FileList.inside("model", projectFile, root, root);
        // @sample values are drawn with the effective seed: a new plan reads the project once for the seed it asks
        // for, a recorded one knows it
        long seed = request.seed() != null ? request.seed()
                : effectiveSeed(read(file, root, projectFile, 0).exec().randomSeed());
        Project project = read(file, root, projectFile, seed);
        Project seeded = withSeed(project, seed);
        CaseSubset subset = CaseSubset.ofRequest(request.subset(), request.casesList(), seeded, root);
        if (subset.mode() == CaseSubset.Mode.SOBOL) {
            throw new InvalidRequestException("Sampling option SOBOL is not supported: use SHUFFLE or LHS");
        }
        CaseSource source = Cases.of(seeded, subset, root, tableNames(seeded, reservedNames));
        BigInteger count = source.count();
        CaseCap.check(count, maxCases);
        JeplusRequest effective = new JeplusRequest(request.subset(), request.cases(), request.caseList(), seed);
        return new JeplusPlan(root, seeded, subset, source, effective);
    }

    /** The project, read with the seed its @sample values are drawn with; a refusal names the project file. */
    private static Project read(Path file, Path root, String name, long seed) {
        try {
            return ProjectReader.read(file, root, new Random(seed));
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("Project " + name + ": " + e.getMessage());
        }
    }

    /** The server's and the project's table names, which no case folder may take (compared ignoring case). */
    private static Set<String> tableNames(Project project, Set<String> reserved) {
        Set<String> names = new java.util.HashSet<>();
        reserved.forEach(n -> names.add(lower(n)));
        project.rvx().csvs().forEach(c -> names.add(lower(c.tableName() + ".csv")));
        names.add(lower(project.exec().jobListOut()));
        return names;
    }

    /** A seed of 0 or less asks for a clock-derived one, recorded so that the run can be repeated (§11 q2). */
    private static long effectiveSeed(long projectSeed) {
        return projectSeed > 0 ? projectSeed : Math.max(1, System.nanoTime() & 0x7fff_ffff_ffffL);
    }

    private static Project withSeed(Project p, long seed) {
        ExecSettings e = p.exec();
        ExecSettings seeded = new ExecSettings(e.subSet(), e.sampleOpt(), seed, e.numberOfJobs(), e.jobListFile(),
                e.jobListOut(), e.keepJEPlusFiles(), e.keepEPlusFiles(), e.deleteSelectedFiles(), e.selectedFiles());
        return new Project(p.folder(), p.projectId(), p.weatherDir(), p.weathers(), p.idfDir(), p.templates(),
                p.parameters(), seeded, p.rvx());
    }

    public Project project() {
        return project;
    }

    /** The number of cases, known before any is made. */
    public long count() {
        return source.count().longValueExact();
    }

    /** The job_Subset JESS records: ALL, LIST_FILE, CHAINS, LHS_RANDOM, SHUFFLE_RANDOM. */
    public String subsetName() {
        return subset.jobSubset();
    }

    /** The job_Args recorded: the request with its effective seed, from which {@link #request} makes the plan again. */
    public String args() {
        return effective.toJson();
    }

    /** The cases in run order, streamed: made one at a time as the stream is read. */
    public Stream<JeplusCase> cases() {
        return source.stream();
    }

    /**
     * Writes the job list ({@code joblist_out.csv}, or the name the project gives it) into the result folder while
     * handing each case to {@code each}: one pass over the cases makes both the rows and the list.
     */
    public void writeJobList(Path resultFolder, Stream<JeplusCase> cases, Consumer<JeplusCase> each) {
        JobListWriter.write(resultFolder.resolve(jobListName(project)), project.tags(),
                cases.peek(each).map(c -> evaluated(project, c, resultFolder)).iterator());
    }

    /** The job list's file name: the project's steps.jobListFile, kept to a plain name in the result folder. */
    static String jobListName(Project project) {
        String name = project.exec().jobListOut();
        String plain = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return plain.isBlank() || plain.startsWith(".") ? "joblist_out.csv" : plain;
    }

    /** The case with its formulas evaluated; one that fails keeps its raw text here and fails when it runs. */
    static EvaluatedCase evaluated(Project project, JeplusCase c, Path resultFolder) {
        List<String> values;
        try {
            values = CaseValues.evaluate(project, c);
        } catch (CasePreparationException e) {
            values = c.tagValues();
        }
        return new EvaluatedCase(c.id(), c.weather(), c.template(), values, resultFolder.resolve(c.id()));
    }

    /** What running and collecting a job's cases needs of its project, read again from the job's recorded plan. */
    public static CaseFiles caseFiles(Path uploadRoot, String projectFile, String args) {
        Path root = uploadRoot.toAbsolutePath().normalize();
        Path file = FileList.inside("model", projectFile, root, root);
        Long seed = request(args).seed();
        return new CaseFiles(root, read(file, root, projectFile, seed == null ? 0 : seed));
    }

    /** The request recorded in a job's arguments. */
    public static JeplusRequest request(String args) {
        return JeplusRequest.fromJson(args);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A case's raw tag values as stored with it: a JSON array of strings. */
    public static String encode(List<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a.build().toString();
    }

    public static List<String> decode(String values) {
        try (JsonReader r = JSON.createReader(new StringReader(values))) {
            JsonArray a = r.readArray();
            List<String> out = new ArrayList<>(a.size());
            for (JsonValue v : a) {
                out.add(((JsonString) v).getString());
            }
            return out;
        }
    }
}
