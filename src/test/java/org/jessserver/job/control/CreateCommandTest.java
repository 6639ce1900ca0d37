package org.jessserver.job.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;

class CreateCommandTest {

    private static CreateCommand of(String json) {
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        return CreateCommand.of(o);
    }

    private static String refusal(String json) {
        return assertThrows(InvalidRequestException.class, () -> of(json)).getMessage();
    }

    @Test
    void readsJessesExample() {
        CreateCommand c = of("{\"cmd\":\"Create\",\"caption\":\"My job\",\"description\":\"...\",\"uploadRef\":\"/abc/example_e+v93\","
                + "\"jobRef\":0,\"main\":\"5ZoneAirCooled-v93.idf\",\"weatherRef\":[\"in.epw\"],\"split\":false,"
                + "\"subset\":\"DEFAULT\",\"caseList\":[]}");
        assertEquals("/abc/example_e+v93", c.uploadRef());
        assertEquals(0, c.jobRef());
        SubmissionForm f = c.form();
        assertEquals("My job", f.title());
        assertEquals("5ZoneAirCooled-v93.idf", f.model());
        assertEquals("in.epw", f.weather());
        assertEquals("false", f.split());
        assertNull(f.type(), "the kind is guessed, as for a multipart submission without type");
    }

    @Test
    void aJobRefMayBeANumberOrItsText() {
        assertEquals(12, of("{\"cmd\":\"create\",\"jobRef\":12}").jobRef());
        assertEquals(12, of("{\"cmd\":\"CREATE\",\"jobRef\":\"12\",\"uploadRef\":\"\"}").jobRef());
    }

    @Test
    void exactlyOneReference() {
        assertTrue(refusal("{\"cmd\":\"Create\"}").contains("exactly one of 'uploadRef'"));
        assertTrue(refusal("{\"cmd\":\"Create\",\"uploadRef\":\"a\",\"jobRef\":3}").contains("exactly one of"));
        assertTrue(refusal("{\"cmd\":\"Create\",\"jobRef\":1.5}").contains("'jobRef' must be a job id"));
        assertTrue(refusal("{\"cmd\":\"Create\",\"jobRef\":2,\"weatherRef\":[1]}").contains("'weatherRef' must hold file names"));
        assertTrue(refusal("{\"cmd\":\"Run\",\"jobRef\":2}").contains("Unknown command 'Run'"));
    }

    @Test
    void namedWeatherFilesSelectTheEpwsToCopy() {
        CreateCommand c = of("{\"cmd\":\"Create\",\"jobRef\":2,\"weatherRef\":[\"w/b.epw\",\"c.epw\"]}");
        assertEquals(List.of("m.idf", "w/b.epw", "x/c.epw"), c.selected(List.of("a.epw", "m.idf", "w/b.epw", "x/c.epw")));
        assertNull(c.form().weather(), "several: the batch rule over the selected files");
        String missing = assertThrows(InvalidRequestException.class,
                () -> c.selected(List.of("m.idf", "w/b.epw"))).getMessage();
        assertEquals("Weather file 'c.epw' is not among the referenced files", missing);
        assertEquals(List.of("a.epw", "m.idf"), of("{\"cmd\":\"Create\",\"jobRef\":2}").selected(List.of("a.epw", "m.idf")));
    }
}
