package org.jessserver.jeplus.control;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Shoebox fixture project built by hand from jeplus.md §3.9, for tests that cannot use the loader. */
final class ShoeboxProject {

    static final Path FIXTURES = Path.of("..", "shared", "fixtures", "jess-web-api").toAbsolutePath().normalize();
    static final Path EXAMPLE = FIXTURES.resolve("jeplus_example");
    static final Path ZIP = FIXTURES.resolve("job_example").resolve("Shoebox_v8.9.zip");

    static final List<String> WEATHERS = List.of("cntr_Heathrow_TRY.epw", "2030_Heathrow_a1fi_50_percentile_TRY.epw",
            "2050_Heathrow_a1fi_50_percentile_TRY.epw", "2080_Heathrow_a1fi_50_percentile_TRY.epw");

    static final List<String> INSULATION = List.of("0.01", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30");

    static final List<String> GLAZING = List.of("Sgl Clr 6mm", "Dbl Clr 3mm/6mm Air", " Dbl Clr 3mm/13mm Arg",
            "Dbl LoE (e2=.4) Clr 3mm/13mm Arg", "Trp Clr 3mm/13mm Arg", "Trp LoE (e5=.1) Clr 3mm/13mm Arg",
            "Trp LoE (e2=e5=.1) Clr 3mm/13mm Arg");

    private ShoeboxProject() {
    }

    /** The jeplus_example layout: EPWs in weather/. */
    static Project example() {
        return at(EXAMPLE, EXAMPLE.resolve("weather"));
    }

    /** Unpacks Shoebox_v8.9.zip into the folder (its project is then in Shoebox_v8.9/); returns the folder. */
    static Path unzipTo(Path folder) throws java.io.IOException {
        ProjectReaderTest.unzip(ZIP, folder);
        return folder;
    }

    /** The zip layout, unpacked into {@code folder}: EPWs beside project.json. */
    static Project unzipped(Path folder) {
        return at(folder, folder);
    }

    static Project at(Path folder, Path weatherDir) {
        return new Project(folder, "G", weatherDir, WEATHERS.stream().map(weatherDir::resolve).toList(), folder,
                List.of(folder.resolve("shoebox.idf")), parameters(),
                new ExecSettings(ExecSettings.RANDOM, SampleOption.SHUFFLE, 12345, 10, null, "joblist_out.csv", true,
                        true, false, ExecSettings.defaults().selectedFiles()),
                ResultDefinitions.none());
    }

    static List<Parameter> parameters() {
        return List.of(
                parameter("P0", "@@ts@@", ParamType.INTEGER, List.of("2", "4", "6"), 2),
                parameter("P1", "@@sd@@", ParamType.INTEGER, List.of("FullExterior", "FullInteriorAndExterior"), 1),
                parameter("P2", "@@ori@@", ParamType.INTEGER, range("0", "15", 24), 0),
                parameter("P3", "@@ins@@", ParamType.DOUBLE, INSULATION, 0),
                parameter("P4", "@@ins2@@", ParamType.DOUBLE, INSULATION, 0),
                parameter("P5", "@@win_constr@@", ParamType.DISCRETE, GLAZING, 0),
                parameter("P6", "@@win_w@@", ParamType.DOUBLE, range("0.2", "0.2", 18), 0),
                parameter("P7", "@@win_x@@", ParamType.INTEGER, List.of("?=2-@@ins2@@/2"), 0),
                parameter("P8", "@@overhang@@", ParamType.DOUBLE, range("0.1", "0.1", 12), 0),
                parameter("P9", "@@ach@@", ParamType.DOUBLE, range("0.5", "0.5", 10), 0),
                parameter("P10", "@@heating@@", ParamType.DOUBLE, range("18", ".5", 11), 0),
                parameter("P11", "@@cooling@@", ParamType.DOUBLE, range("24", ".5", 11), 0));
    }

    static Parameter parameter(String id, String tag, ParamType type, List<String> values, int selected) {
        return new Parameter(id, List.of(tag), type, values, selected, null);
    }

    /** A range as §3.3 prints it: the start as parsed, then BigDecimal sums. */
    static List<String> range(String start, String step, int count) {
        List<String> values = new ArrayList<>();
        BigDecimal value = new BigDecimal(start);
        for (int k = 0; k < count; k++) {
            values.add(value.toString());
            value = value.add(new BigDecimal(step));
        }
        return values;
    }
}
