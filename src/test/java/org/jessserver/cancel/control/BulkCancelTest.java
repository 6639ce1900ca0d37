package org.jessserver.cancel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Set;
import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;

class BulkCancelTest {

    private static BulkCancel of(String json) {
        try (var r = Json.createReader(new StringReader(json))) {
            JsonObject o = r.readObject();
            return BulkCancel.of(o);
        }
    }

    private static String refusal(String json) {
        return assertThrows(InvalidRequestException.class, () -> of(json)).getMessage();
    }

    @Test
    void anEmptyRequestSelectsNothingAndIsRefused() {
        for (String json : new String[] {"{}", "{\"ids\": []}", "{\"ids\": null}", "{\"status\": \"\"}", "{\"all\": false}",
                "{\"dry_run\": false}"}) {
            assertEquals(BulkCancel.NO_SELECTION, refusal(json), json);
        }
    }

    @Test
    void allMustBeSaid() {
        BulkCancel all = of("{\"all\": true}");
        assertTrue(all.ids().isEmpty());
        assertTrue(all.filter().isEmpty());
        assertFalse(all.dryRun());
        assertTrue(of("{\"all\": true, \"dry_run\": true}").dryRun());
    }

    @Test
    void aDryRunAlonePreviewsAll() {
        BulkCancel preview = of("{\"dry_run\": true}");
        assertTrue(preview.dryRun());
        assertTrue(preview.filter().isEmpty());
        assertTrue(preview.ids().isEmpty());
    }

    @Test
    void idsOrAFilterSelect() {
        assertEquals(Set.of(3L, 4L), of("{\"ids\": [3, 4]}").ids());
        assertFalse(of("{\"status\": \"QUEUED\"}").filter().isEmpty());
        assertFalse(of("{\"since\": \"2026-01-01\"}").filter().isEmpty());
        assertFalse(of("{\"till\": \"2026-01-01\"}").filter().isEmpty());
    }

    @Test
    void allWithASelectionIsAmbiguous() {
        assertEquals(BulkCancel.ALL_AND_SELECTION, refusal("{\"all\": true, \"ids\": [3]}"));
        assertEquals(BulkCancel.ALL_AND_SELECTION, refusal("{\"all\": true, \"status\": \"QUEUED\"}"));
    }

    @Test
    void allIsABoolean() {
        assertEquals("Field 'all' must be true or false", refusal("{\"all\": \"yes\"}"));
        assertEquals("Field 'all' must be true or false", refusal("{\"all\": 1}"));
    }
}
