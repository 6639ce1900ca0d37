package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectReaderTest {

    static final Path FIXTURES = Path.of("../shared/fixtures/jess-web-api");

    @TempDir
    Path root;

    @Test
    void theShoeboxProjectLoadsFromTheFolderForm() {
        Path folder = FIXTURES.resolve("jeplus_example");
        assertShoebox(ProjectReader.read(folder.resolve("project.json"), folder, new Random(1)), "weather");
    }

    @Test
    void theShoeboxProjectLoadsFromTheZipFormWithItsProjectInASubFolder() throws IOException {
        unzip(FIXTURES.resolve("job_example/Shoebox_v8.9.zip"), root);
        Project project = ProjectReader.read(root.resolve("Shoebox_v8.9/project.json"), root, new Random(1));
        assertShoebox(project, "Shoebox_v8.9");
        assertEquals(root.resolve("Shoebox_v8.9").toAbsolutePath(), project.folder());
    }

    private static void assertShoebox(Project project, String weatherFolder) {
        assertEquals("G", project.projectId());
        assertEquals(List.of("cntr_Heathrow_TRY.epw", "2030_Heathrow_a1fi_50_percentile_TRY.epw",
                "2050_Heathrow_a1fi_50_percentile_TRY.epw", "2080_Heathrow_a1fi_50_percentile_TRY.epw"),
                project.weathers().stream().map(p -> p.getFileName().toString()).toList());
        project.weathers().forEach(w -> {
            assertTrue(w.isAbsolute());
            assertEquals(weatherFolder, w.getParent().getFileName().toString());
        });
        assertEquals(List.of("shoebox.idf"), project.templates().stream().map(p -> p.getFileName().toString()).toList());
        assertShoeboxParameters(project.parameters());
        assertEquals(new ExecSettings(ExecSettings.RANDOM, SampleOption.SHUFFLE, 12345, 10, null, "joblist_out.csv",
                true, true, false, "*.dxf *.htm *.mtd *.mdd *.rdd *.shd *.out *.audit *.eio *.idd *.bnd *.ini"),
                project.exec());
        assertShoeboxResults(project.rvx());
    }

    private static void assertShoeboxParameters(List<Parameter> ps) {
        assertEquals(12, ps.size());
        List<String> ins = List.of("0.01", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30");
        List<List<String>> expected = List.of(List.of("2", "4", "6"),
                List.of("FullExterior", "FullInteriorAndExterior"), steps(0, 15, 24, ""), ins, ins,
                List.of("Sgl Clr 6mm", "Dbl Clr 3mm/6mm Air", " Dbl Clr 3mm/13mm Arg",
                        "Dbl LoE (e2=.4) Clr 3mm/13mm Arg", "Trp Clr 3mm/13mm Arg", "Trp LoE (e5=.1) Clr 3mm/13mm Arg",
                        "Trp LoE (e2=e5=.1) Clr 3mm/13mm Arg"),
                List.of("0.2", "0.4", "0.6", "0.8", "1.0", "1.2", "1.4", "1.6", "1.8", "2.0", "2.2", "2.4", "2.6",
                        "2.8", "3.0", "3.2", "3.4", "3.6"),
                List.of("?=2-@@ins2@@/2"),
                List.of("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0", "1.1", "1.2"),
                List.of("0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0"),
                List.of("18", "18.5", "19.0", "19.5", "20.0", "20.5", "21.0", "21.5", "22.0", "22.5", "23.0"),
                List.of("24", "24.5", "25.0", "25.5", "26.0", "26.5", "27.0", "27.5", "28.0", "28.5", "29.0"));
        List<String> tags = List.of("@@ts@@", "@@sd@@", "@@ori@@", "@@ins@@", "@@ins2@@", "@@win_constr@@",
                "@@win_w@@", "@@win_x@@", "@@overhang@@", "@@ach@@", "@@heating@@", "@@cooling@@");
        for (int i = 0; i < 12; i++) {
            Parameter p = ps.get(i);
            assertEquals("P" + i, p.id());
            assertEquals(List.of(tags.get(i)), p.tags());
            assertEquals(expected.get(i), p.values(), p.id());
            assertNull(p.sample());
        }
        assertEquals(List.of(2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), ps.stream().map(Parameter::selected).toList());
        assertEquals(ParamType.DISCRETE, ps.get(5).type());
        assertEquals(ParamType.INTEGER, ps.get(7).type());
        assertTrue(ps.get(7).isFormula());
    }

    private static List<String> steps(int start, int step, int count, String suffix) {
        return java.util.stream.IntStream.range(0, count).mapToObj(k -> (start + k * step) + suffix).toList();
    }

    private static void assertShoeboxResults(ResultDefinitions rvx) {
        assertEquals(List.of("heating", "cooling", "lighting", "equipment", "discomfort"),
                rvx.csvs().stream().map(CsvItem::tableName).toList());
        assertEquals(new CsvItem("eplustbl.csv", "Annual Building Utility Performance Summary", "Entire Facility",
                "End Uses", "District Heating [kWh]", "Heating", "heating", "Heating [kWh]", true), rvx.csvs().get(0));
        assertEquals(new CsvItem("eplustbl.csv", "System Summary", "Entire Facility",
                "Time Not Comfortable Based on Simple ASHRAE 55-2004", "Summer or Winter Clothes [hr]", "ZONE1",
                "discomfort", "Discomfort hours [hr]", true), rvx.csvs().get(4));
        assertEquals(List.of("v1", "v2", "v3", "v4", "s1", "s2", "t1", "t2"),
                rvx.derived().stream().map(DerivedMetric::identifier).toList());
        assertEquals(new DerivedMetric(DerivedMetric.Kind.USER_VAR, "v3", "Linghting [kWh]", "c2", true, false, 0, 0,
                0, 1, 1), rvx.derived().get(2));
        assertEquals(new DerivedMetric(DerivedMetric.Kind.CONSTRAINT, "s1", "Lighting consumption [kWh]", "v3", true,
                true, 0, 150, 0, 500, 1), rvx.derived().get(4));
        assertEquals(new DerivedMetric(DerivedMetric.Kind.OBJECTIVE, "t2", "Total cooling [kWh]", "v2", true, false,
                0, 0, 0, 1, 1), rvx.derived().get(7));
    }

    static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                Path target = into.resolve(e.getName()).normalize();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(z, target);
                }
            }
        }
    }

    // ---- synthetic projects -------------------------------------------------------------------------------

    private static final String PARAMS = """
            [ {"id":"P0","searchString":"@@a@@","type":"INTEGER","valuesString":"{1,2}","selectedAltValue":0},
              {"id":"P1","searchString":"@@b@@ | @@c@@","type":"DOUBLE","valuesString":"[0:0.5:1]"} ]""";

    /** A project folder {@code proj} with two weathers, a template holding @@a@@, @@b@@, @@c@@ and {@code json}. */
    private Path project(String json) throws IOException {
        Path folder = Files.createDirectories(root.resolve("proj"));
        Files.writeString(folder.resolve("w1.epw"), "w");
        Files.writeString(folder.resolve("w2.epw"), "w");
        Files.writeString(folder.resolve("m.idf"), "Timestep, @@a@@;\n! @@b@@ and @@c@@\n");
        Path file = folder.resolve("project.json");
        Files.writeString(file, json);
        return file;
    }

    private Project load(String json) throws IOException {
        return ProjectReader.read(project(json), root, new Random(1));
    }

    private String json(String extra) {
        return "{\"weatherFile\":\"w1.epw;w2.epw\",\"idftemplate\":\"m.idf\",\"parameters\":" + PARAMS
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private String refusal(String json) {
        return assertThrows(InvalidRequestException.class, () -> load(json)).getMessage();
    }

    @Test
    void missingSectionsTakeTheirDefaultsAndUnknownKeysAreIgnored() throws IOException {
        Project p = load(json("\"valueString\":\"{9}\",\"rvxFile\":\"x.rvx\",\"whatever\":{\"a\":[1]}"));
        assertEquals("G", p.projectId());
        assertEquals("EP_G", p.batchId());
        assertEquals(ExecSettings.defaults(), p.exec());
        assertEquals(ResultDefinitions.none(), p.rvx());
        assertEquals(List.of("@@a@@", "@@b@@", "@@c@@"), p.tags());
        assertEquals(List.of("0", "0.5", "1.0"), p.parameters().get(1).values());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        assertEquals(2, load("\uFEFF" + json("")).parameters().size());
    }

    @Test
    void missingParametersGiveAnEmptyList() throws IOException {
        assertTrue(load("{\"weatherFile\":\"w1.epw\",\"idftemplate\":\"m.idf\"}").parameters().isEmpty());
    }

    @Test
    void enumsTakeUpperCaseNamesOrPositions() throws IOException {
        Project p = load(json("\"projectType\":0,\"execSettings\":{\"subSet\":2,\"sampleOpt\":1}")
                .replace("\"type\":\"DOUBLE\"", "\"type\":1"));
        assertEquals(SampleOption.LHS, p.exec().sampleOpt());
        assertEquals(ParamType.DOUBLE, p.parameters().get(1).type());
    }

    @Test
    void wrongCaseEnumsAreRefusedNamingTheField() {
        assertTrue(refusal(json("\"projectType\":\"eplus\"")).startsWith("projectType is \"eplus\"; it must be one of"));
        assertTrue(refusal(json("").replace("\"INTEGER\"", "\"integer\"")).startsWith("Parameter P0: type is"));
        assertTrue(refusal(json("\"execSettings\":{\"sampleOpt\":\"lhs\"}")).startsWith("execSettings.sampleOpt is"));
        assertTrue(refusal(json("\"execSettings\":{\"sampleOpt\":7}")).startsWith("execSettings.sampleOpt is 7"));
        assertTrue(refusal(json("").replace("{\"id\":\"P0\"", "{\"paramType\":\"parametrics\",\"id\":\"P0\""))
                .startsWith("Parameter P0: paramType is"));
    }

    @Test
    void wrongKindsOfValueAreRefusedNamingTheField() {
        assertEquals("execSettings.subSet must be a whole number", refusal(json("\"execSettings\":{\"subSet\":\"2\"}")));
        assertEquals("weatherFile must be a string", refusal(json("").replace("\"w1.epw;w2.epw\"", "[\"w1.epw\"]")));
        assertTrue(refusal("[1]").endsWith("must hold a JSON object"));
        assertTrue(refusal("{").startsWith("project.json is not valid JSON"));
    }

    @Test
    void aWholeNumberMayBeWrittenWithADecimalPoint() throws IOException {
        assertEquals(2, load(json("").replace("\"selectedAltValue\":0", "\"selectedAltValue\":2.0")).parameters()
                .get(0).selected());
        assertEquals("Parameter P0: selectedAltValue must be a whole number",
                refusal(json("").replace("\"selectedAltValue\":0", "\"selectedAltValue\":1.5")));
    }

    @Test
    void onlyEnergyPlusProjectsAreSupported() {
        assertEquals("projectType TRNSYS is not supported; only EPLUS is", refusal(json("\"projectType\":\"TRNSYS\"")));
    }

    @Test
    void execSettingsAreRead() throws IOException {
        ExecSettings e = load(json("""
                "execSettings":{"subSet":0,"sampleOpt":"LHS","randomSeed":-3,"numberOfJobs":7,
                "jobListFile":"jobs.txt","keepEPlusFiles":false,"deleteSelectedFiles":true,"selectedFiles":"*.eso",
                "steps":{"jobListFile":"list.csv"}}""")).exec();
        assertEquals(new ExecSettings(ExecSettings.FILE, SampleOption.LHS, -3, 7, "jobs.txt", "list.csv", true, false,
                true, "*.eso"), e);
    }

    @Test
    void theJobListPlaceholderMeansNone() throws IOException {
        assertNull(load(json("\"execSettings\":{\"jobListFile\":\"select job list file ...\"}")).exec().jobListFile());
    }

    @Test
    void badExecSettingsAreRefused() {
        assertTrue(refusal(json("\"execSettings\":{\"subSet\":3}")).startsWith("execSettings.subSet is 3"));
        assertEquals("execSettings.sampleOpt SOBOL is not supported; use SHUFFLE or LHS",
                refusal(json("\"execSettings\":{\"subSet\":2,\"sampleOpt\":\"SOBOL\"}")));
        assertTrue(refusal(json("\"execSettings\":{\"subSet\":2,\"numberOfJobs\":0}"))
                .startsWith("execSettings.numberOfJobs must be a positive"));
        assertTrue(refusal(json("\"execSettings\":{\"steps\":{\"jobListFile\":\"../x.csv\"}}"))
                .startsWith("execSettings.steps.jobListFile must be a plain file name"));
    }

    @Test
    void sobolIsAcceptedWhenTheProjectDoesNotSample() throws IOException {
        assertEquals(SampleOption.SOBOL, load(json("\"execSettings\":{\"subSet\":-1,\"sampleOpt\":\"SOBOL\"}"))
                .exec().sampleOpt());
    }

    @Test
    void importsAreRefused() {
        assertTrue(refusal(json("\"paramFile\":\"p.csv\"")).startsWith("paramFile is not supported"));
        assertTrue(refusal(json("\"rvifile\":\"r.rvx\"")).startsWith("rvifile is not supported"));
    }

    @Test
    void unsupportedCollectorsAreRefusedNamingThemButEmptyListsAreFine() throws IOException {
        assertEquals(List.of(), load(json("\"rvx\":{\"rvis\":[],\"sqls\":[],\"trns\":[]}")).rvx().csvs());
        for (String kind : List.of("rvis", "esos", "mtrs", "sqls", "scripts", "userSupplied", "trns")) {
            assertTrue(refusal(json("\"rvx\":{\"" + kind + "\":[{\"tableName\":\"x\"}]}"))
                    .startsWith("rvx." + kind + " is not supported"), kind);
        }
    }

    @Test
    void csvItemsTakeTheirDefaults() throws IOException {
        assertEquals(new CsvItem("eplustbl.csv", "R", "", "", "", "", "CsvTable", "", true),
                load(json("\"rvx\":{\"csvs\":[{\"fromReport\":\"R\"}]}")).rvx().csvs().get(0));
    }

    @Test
    void duplicateTableNamesAndIdentifiersAreRefused() {
        assertEquals("rvx: duplicate table name t",
                refusal(json("\"rvx\":{\"csvs\":[{\"tableName\":\"t\"},{\"tableName\":\"t\"}]}")));
        assertEquals("rvx: duplicate table name CsvTable", refusal(json("\"rvx\":{\"csvs\":[{},{}]}")));
        assertEquals("rvx: duplicate identifier v1", refusal(json(
                "\"rvx\":{\"userVars\":[{\"identifier\":\"v1\"}],\"objectives\":[{\"identifier\":\"v1\"}]}")));
        assertTrue(refusal(json("\"rvx\":{\"csvs\":[{\"tableName\":\"../t\"}]}"))
                .startsWith("rvx.csvs[0].tableName must be a plain file name"));
    }

    @Test
    void duplicateParameterIdsAndTagsAreRefused() {
        assertEquals("Parameter id P0 is used twice", refusal(json("").replace("\"P1\"", "\"P0\"")));
        assertEquals("Parameter P1: search tag @@a@@ is already used by another parameter",
                refusal(json("").replace("@@b@@ | @@c@@", "@@c@@|@@a@@")));
        assertEquals("Parameter P1: search tag @@b@@ is listed twice",
                refusal(json("").replace("@@b@@ | @@c@@", "@@b@@|@@b@@")));
        assertTrue(refusal(json("").replace("@@b@@ | @@c@@", "@@b@@|")).contains("searchString has an empty tag"));
        assertEquals("parameters[1].id is missing", refusal(json("").replace("\"id\":\"P1\",", "")));
    }

    @Test
    void aTagMissingFromEveryTemplateIsRefused() {
        assertEquals("Parameter P1: search tag @@d@@ occurs in no template",
                refusal(json("").replace("@@b@@ | @@c@@", "@@b@@ | @@d@@")));
    }

    @Test
    void tagsMayHideInTheFilesAnImfIncludes() throws IOException {
        Path folder = Files.createDirectories(root.resolve("proj/parts"));
        Files.writeString(folder.resolve("part.idf"), "Material, @@c@@;");
        Files.writeString(root.resolve("proj/main.imf"), "##fileprefix parts\n! @@a@@\n  ##include part.idf\n@@b@@\n");
        Project p = load(json("").replace("m.idf", "main.imf"));
        assertEquals("main.imf", p.templates().get(0).getFileName().toString());
        Files.writeString(root.resolve("proj/main.imf"), "! @@a@@ @@b@@\n##include parts/part.idf\n");
        assertEquals(3, load(json("").replace("m.idf", "main.imf")).tags().size());
        Files.writeString(root.resolve("proj/main.imf"), "! @@a@@ @@b@@\n##include ../../outside.idf\n");
        Files.writeString(root.getParent().resolve("outside.idf"), "@@c@@");
        try {
            assertTrue(refusal(json("").replace("m.idf", "main.imf")).contains("@@c@@ occurs in no template"));
        } finally {
            Files.delete(root.getParent().resolve("outside.idf"));
        }
    }

    @Test
    void noWeatherOrNoTemplateIsRefused() {
        assertEquals("weatherFile: the project names no weather file",
                refusal(json("").replace("w1.epw;w2.epw", " ; ")));
        assertEquals("idftemplate: the project names no model template",
                refusal("{\"weatherFile\":\"w1.epw\"}"));
    }

    @Test
    void missingFilesAreNamed() {
        assertEquals("weatherFile: file not found: w3.epw", refusal(json("").replace("w2.epw", "w3.epw")));
        assertEquals("idftemplate: file not found: x.idf", refusal(json("").replace("m.idf", "x.idf")));
    }

    @Test
    void foldersAreResolvedAgainstTheProjectAndConfinedToTheUpload() throws IOException {
        Files.createDirectories(root.resolve("weather"));
        Files.writeString(root.resolve("weather/w1.epw"), "w");
        Project p = load(json("\"weatherDir\":\"../weather/\"").replace("w1.epw;w2.epw", "w1.epw"));
        assertEquals(root.resolve("weather/w1.epw").toAbsolutePath(), p.weathers().get(0));
        assertEquals("weatherDir: path leaves the uploaded project: ../../",
                refusal(json("\"weatherDir\":\"../../\"")));
        assertTrue(refusal(json("\"idfdir\":\"/tmp\"")).startsWith("idfdir: path leaves the uploaded project"));
    }

    @Test
    void selectedAltValueBeyondTheCountIsRefused() {
        assertEquals("Parameter P0: selectedAltValue 3 must lie between 0 (all) and 2, the number of values",
                refusal(json("").replace("\"selectedAltValue\":0", "\"selectedAltValue\":3")));
    }

    @Test
    void badValuesStringsAreRefusedNamingTheParameter() {
        assertTrue(refusal(json("").replace("{1,2}", "5")).startsWith("Parameter P0: valuesString must start with"));
        assertEquals("Parameter P0: script parameters are not supported",
                refusal(json("").replace("{1,2}", "@python3(s.py)")));
        assertEquals("Parameter P0: @calc may use only earlier parameters, not P1",
                refusal(json("").replace("{1,2}", "@calc(P1*2)")));
        assertEquals("Parameter P0: valuesString is missing", refusal(json("").replace("\"valuesString\":\"{1,2}\",", "")));
    }

    @Test
    void calcInTheProjectUsesEarlierTags() throws IOException {
        Project p = load(json("").replace("[0:0.5:1]", "@calc(P0*2)"));
        assertEquals(List.of("?=@@a@@*2"), p.parameters().get(1).values());
    }

    @Test
    void sampleParametersKeepTheirDistributionAndDrawFromTheGivenGenerator() throws IOException {
        String json = json("").replace("[0:0.5:1]", "@sample(normal, 20, 2, 4)");
        Path file = project(json);
        Project a = ProjectReader.read(file, root, new Random(12345));
        Project b = ProjectReader.read(file, root, new Random(12345));
        Parameter sampled = a.parameters().get(1);
        assertNotNull(sampled.sample());
        assertEquals(4, sampled.values().size());
        assertEquals(sampled.values(), b.parameters().get(1).values());
        assertFalse(sampled.values().equals(
                ProjectReader.read(file, root, new Random(1)).parameters().get(1).values()));
        assertNull(a.parameters().get(0).sample());
    }

    @Test
    void theProjectFileMustLieInsideTheUpload() throws IOException {
        Path file = project(json(""));
        assertTrue(assertThrows(InvalidRequestException.class,
                () -> ProjectReader.read(file, root.resolve("proj/w1.epw"), new Random(1))).getMessage()
                .contains("leaves the uploaded project"));
    }
}
