package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelWriterTest {

    static final Path SHOEBOX_DIR = Path.of("../shared/fixtures/jess-web-api/jeplus_example").toAbsolutePath()
            .normalize();

    @TempDir
    Path dir;

    private static Parameter parameter(String id, String tag, String value) {
        return new Parameter(id, List.of(tag), ParamType.DOUBLE, List.of(value), 0, null);
    }

    /** The Shoebox project as the loader would give it, with the values of case g = 0 (P0 fixed at k=2: 4). */
    static Project shoebox() {
        List<Parameter> ps = List.of(parameter("P0", "@@ts@@", "4"), parameter("P1", "@@sd@@", "FullExterior"),
                parameter("P2", "@@ori@@", "0"), parameter("P3", "@@ins@@", "0.01"),
                parameter("P4", "@@ins2@@", "0.01"), parameter("P5", "@@win_constr@@", "Sgl Clr 6mm"),
                parameter("P6", "@@win_w@@", "0.2"), parameter("P7", "@@win_x@@", "?=2-@@ins2@@/2"),
                parameter("P8", "@@overhang@@", "0.1"), parameter("P9", "@@ach@@", "0.5"),
                parameter("P10", "@@heating@@", "18"), parameter("P11", "@@cooling@@", "24"));
        Path weatherDir = SHOEBOX_DIR.resolve("weather");
        return new Project(SHOEBOX_DIR, "Shoebox", weatherDir, List.of(weatherDir.resolve("cntr_Heathrow_TRY.epw")),
                SHOEBOX_DIR, List.of(SHOEBOX_DIR.resolve("shoebox.idf")), ps, ExecSettings.defaults(),
                ResultDefinitions.none());
    }

    static JeplusCase firstCase(Project p) {
        return new JeplusCase("EP_Shoebox-T_0-W_0-P0_1-P1_0", p.weathers().get(0), p.templates().get(0),
                p.parameters().stream().map(x -> x.values().get(0)).toList());
    }

    @Test
    void shoeboxFirstCaseHasEveryTagReplaced() throws Exception {
        Project p = shoebox();
        List<String> unseen = ModelWriter.prepare(p, firstCase(p), SHOEBOX_DIR, dir, null);
        String idf = Files.readString(dir.resolve("in.idf"));
        assertTrue(idf.contains("  Timestep,\n    4;                  !- Number of Timesteps per Hour"), "Timestep");
        assertTrue(idf.contains("    1.995,               !- Starting X Coordinate {m}"));
        assertFalse(idf.contains("@@"));
        assertFalse(idf.contains("?="));
        assertEquals(List.of(), unseen);
        assertEquals(Files.readAllLines(SHOEBOX_DIR.resolve("shoebox.idf")).size(), idf.lines().count());
        assertTrue(Files.isSymbolicLink(dir.resolve("in.epw")));
        assertEquals(p.weathers().get(0), Files.readSymbolicLink(dir.resolve("in.epw")));
    }

    @Test
    void substitutionIsLiteralEveryOccurrenceCaseSensitiveInTagOrder() throws IOException {
        Path template = Files.writeString(dir.resolve("t.idf"),
                "A, @@a@@, @@a@@; ! @@a@@ in a comment\r\nB, @@A@@, @@b@@;\r\nC, x.y, @@c@@;\r\n");
        Path out = Files.createDirectory(dir.resolve("case"));
        List<String> unseen = ModelWriter.writeIdf(template, out, List.of("@@a@@", "x.y", "@@b@@", "@@c@@", "@@d@@"),
                List.of("$1\\n", "z", "has @@c@@", "C$", "D"));
        assertEquals("A, $1\\n, $1\\n; ! $1\\n in a comment\r\nB, @@A@@, has C$;\r\nC, z, C$;\r\n",
                Files.readString(out.resolve("in.idf")));
        assertEquals(List.of("@@d@@"), unseen);
    }

    @Test
    void lineEndingsAndLegacyBytesAreKept() throws IOException {
        byte[] latin1 = "! caf\u00e9\n@@x@@\r\nlast".getBytes(StandardCharsets.ISO_8859_1);
        Path template = Files.write(dir.resolve("t.idf"), latin1);
        ModelWriter.writeIdf(template, dir, List.of("@@x@@"), List.of("1"));
        assertArrayEquals("! caf\u00e9\n1\r\nlast".getBytes(StandardCharsets.ISO_8859_1),
                Files.readAllBytes(dir.resolve("in.idf")));
    }

    @Test
    void aValueThatALatin1TemplateCannotHoldIsAnError() throws IOException {
        Path template = Files.write(dir.resolve("t.idf"), "! caf\u00e9\n@@x@@\n".getBytes(StandardCharsets.ISO_8859_1));
        IOException e = assertThrows(IOException.class,
                () -> ModelWriter.writeIdf(template, dir, List.of("@@x@@"), List.of("\u20ac")));
        assertTrue(e.getMessage().contains("cannot store"), e.getMessage());
    }

    @Test
    void aFailingFormulaFailsTheCaseBeforeAnyModelIsWritten() {
        Project p = shoebox();
        JeplusCase c = firstCase(p);
        List<String> values = new java.util.ArrayList<>(c.tagValues());
        values.set(7, "?=2-@@ins2@@/");
        JeplusCase bad = new JeplusCase(c.id(), c.weather(), c.template(), values);
        CasePreparationException e = assertThrows(CasePreparationException.class,
                () -> ModelWriter.prepare(p, bad, SHOEBOX_DIR, dir, null));
        assertTrue(e.getMessage().startsWith("Tag @@win_x@@: formula ?=2-@@ins2@@/ fails"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("in.idf")));
    }

    @Test
    void aMissingWeatherFileIsAnError() {
        assertThrows(CasePreparationException.class, () -> ModelWriter.linkWeather(dir.resolve("none.epw"), dir));
    }
}
