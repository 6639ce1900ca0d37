package org.jessserver.jeplus.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An EP-Macro template (jeplus.md §5.3): {@code in.imf} gets an absolute {@code ##fileprefix} (always, so relative
 * {@code ##include} names work from the case folder) and the substituted, trimmed lines; after EP-Macro, its
 * {@code out.idf} is substituted again into {@code in.idf}, filling tags that came from included files.
 */
final class ImfTemplate {

    private static final String PREFIX = "##fileprefix";

    private ImfTemplate() {
    }

    static boolean isImf(Path template) {
        return template.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".imf");
    }

    /** Writes {@code <caseDir>/in.imf}. */
    static void writeImf(Path template, Path idfDir, Path root, Path caseDir, TagSubstitution substitution)
            throws IOException, CasePreparationException {
        ModelText model = ModelText.read(template);
        Path prefix = prefixFolder(model.lines(), idfDir, root);
        StringBuilder out = new StringBuilder(model.text().length() + 256);
        out.append(PREFIX).append(' ').append(prefix).append("/\n");
        for (String line : model.lines()) {
            String trimmed = line.strip();
            if (!isPrefixLine(trimmed)) {
                out.append(substitution.line(trimmed)).append('\n');
            }
        }
        model.with(out.toString()).write(caseDir.resolve(ModelWriter.IMF));
    }

    /** Writes {@code in.idf} from EP-Macro's {@code out.idf}; no {@code out.idf} fails the case. */
    static void writeIdfFromMacro(Path caseDir, TagSubstitution substitution)
            throws IOException, CasePreparationException {
        Path macroOut = caseDir.resolve(ModelWriter.MACRO_OUT);
        if (!Files.isRegularFile(macroOut)) {
            throw new CasePreparationException("EP-Macro wrote no " + ModelWriter.MACRO_OUT + " in " + caseDir);
        }
        ModelText model = ModelText.read(macroOut);
        model.with(substitution.text(model)).write(caseDir.resolve(ModelWriter.IDF));
    }

    /**
     * The template's first {@code ##fileprefix} folder, resolved against {@code idfDir} and made canonical;
     * {@code idfDir} when there is none or it is no existing folder. A folder outside {@code root} (the upload) is
     * refused: EP-Macro would copy files of the server into a model the user can read back.
     */
    static Path prefixFolder(List<String> lines, Path idfDir, Path root) throws IOException, CasePreparationException {
        Path base = idfDir.toRealPath();
        for (String line : lines) {
            String trimmed = line.strip();
            if (isPrefixLine(trimmed)) {
                String argument = trimmed.substring(PREFIX.length()).strip();
                Path folder = argument.isEmpty() ? base : canonicalFolder(base.resolve(argument), base);
                ModelWriter.requireInside(folder, root, PREFIX + " " + argument);
                return folder;
            }
        }
        return base;
    }

    private static Path canonicalFolder(Path candidate, Path fallback) {
        try {
            Path real = candidate.toRealPath();
            return Files.isDirectory(real) ? real : fallback;
        } catch (IOException | SecurityException e) {
            return fallback;
        }
    }

    private static boolean isPrefixLine(String trimmed) {
        return trimmed.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                && (trimmed.length() == PREFIX.length() || Character.isWhitespace(trimmed.charAt(PREFIX.length())));
    }
}
