package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonBodyTest {

    @Test
    void deeplyNestedInputIsMalformedNotAFailure() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> JsonBody.object("application/json", deep));
        assertTrue(e.getMessage().startsWith("Malformed JSON in request body"), e.getMessage());
    }

    @Test
    void emptyBodiesCountAsAnEmptyObjectWhereOptional() {
        assertEquals(0, JsonBody.optionalObject("application/json", "").size());
        assertEquals(0, JsonBody.optionalObject("application/json", "\"\"").size());
        assertEquals(0, JsonBody.optionalObject(null, "null").size());
    }
}
