package org.jessserver.jeplus.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a case folder's model (jeplus.md §5.1 to §5.5): evaluates the formulas, substitutes the tags into the
 * template ({@code in.idf}, or {@code in.imf} through EP-Macro for an IMF), brings in {@code Schedule:File} inputs
 * and links the weather file as {@code in.epw}.
 */
public final class ModelWriter {

    public static final String IDF = "in.idf";
    public static final String IMF = "in.imf";
    public static final String MACRO_OUT = "out.idf";
    public static final String EPW = "in.epw";

    private ModelWriter() {
    }

    /**
     * Prepares {@code caseDir} (which must exist) for {@code jeplusCase}. {@code root} is the upload, which no
     * {@code ##fileprefix} or {@code Schedule:File} may leave; {@code macro} runs IMF templates and may be null when
     * the template is an IDF. Returns the tags the model never used, which jEPlus only warns about.
     */
    public static List<String> prepare(Project project, JeplusCase jeplusCase, Path root, Path caseDir,
            EpMacro macro) throws IOException, CasePreparationException {
        List<String> values = CaseValues.evaluate(project, jeplusCase);
        TagSubstitution substitution = new TagSubstitution(project.tags(), values);
        Path template = jeplusCase.template();
        if (ImfTemplate.isImf(template)) {
            if (macro == null) {
                throw new CasePreparationException("No EP-Macro to expand the IMF template " + template);
            }
            ImfTemplate.writeImf(template, project.idfDir(), root, caseDir, substitution);
            Files.deleteIfExists(caseDir.resolve(MACRO_OUT));
            macro.run(caseDir);
            ImfTemplate.writeIdfFromMacro(caseDir, substitution);
        } else {
            writeIdf(template, caseDir, substitution);
        }
        ScheduleFiles.localise(caseDir, project.idfDir(), root);
        WeatherLink.link(jeplusCase.weather(), caseDir);
        return substitution.unseenTags();
    }

    /** Writes {@code <caseDir>/in.idf} from an IDF template; returns the tags it never found. */
    public static List<String> writeIdf(Path template, Path caseDir, List<String> tags, List<String> values)
            throws IOException {
        TagSubstitution substitution = new TagSubstitution(tags, values);
        writeIdf(template, caseDir, substitution);
        return substitution.unseenTags();
    }

    /** Writes {@code <caseDir>/in.imf} from an IMF template (step 1 and 2 of §5.3). */
    public static void writeImf(Path template, Path idfDir, Path root, Path caseDir, List<String> tags,
            List<String> values) throws IOException, CasePreparationException {
        ImfTemplate.writeImf(template, idfDir, root, caseDir, new TagSubstitution(tags, values));
    }

    /** Writes {@code <caseDir>/in.idf} from EP-Macro's {@code out.idf} (step 4 of §5.3); none fails the case. */
    public static void writeIdfFromMacro(Path caseDir, List<String> tags, List<String> values)
            throws IOException, CasePreparationException {
        ImfTemplate.writeIdfFromMacro(caseDir, new TagSubstitution(tags, values));
    }

    /** Copies the {@code Schedule:File} inputs of {@code <caseDir>/in.idf} beside it and names them bare (§5.4). */
    public static void localiseScheduleFiles(Path caseDir, Path idfDir, Path root)
            throws IOException, CasePreparationException {
        ScheduleFiles.localise(caseDir, idfDir, root);
    }

    /** Makes {@code <caseDir>/in.epw} a link to {@code weather}, or a copy where links are impossible. */
    public static void linkWeather(Path weather, Path caseDir) throws CasePreparationException {
        WeatherLink.link(weather, caseDir);
    }

    private static void writeIdf(Path template, Path caseDir, TagSubstitution substitution) throws IOException {
        ModelText model = ModelText.read(template);
        model.with(substitution.text(model)).write(caseDir.resolve(IDF));
    }

    /** Refuses a path (followed through links where it exists) that is not inside {@code root}; null: no check. */
    static void requireInside(Path path, Path root, String what) throws CasePreparationException {
        if (root == null) {
            return;
        }
        if (!real(path).startsWith(real(root))) {
            throw new CasePreparationException(what + " points outside the project's upload");
        }
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
