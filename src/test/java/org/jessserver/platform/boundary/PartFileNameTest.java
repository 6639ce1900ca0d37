package org.jessserver.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PartFileNameTest {

    private static String asReadByTheContainer(String name) {
        return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void utf8NamesReadAsLatin1AreDecodedAgain() {
        assertEquals("modèle été.idf", PartFileName.utf8(asReadByTheContainer("modèle été.idf")));
        assertEquals("北京.epw", PartFileName.utf8(asReadByTheContainer("北京.epw")));
    }

    @Test
    void asciiLatin1AndAlreadyDecodedNamesStayAsTheyAre() {
        assertEquals("in.idf", PartFileName.utf8("in.idf"));
        assertEquals("caf\u00e9.idf", PartFileName.utf8("caf\u00e9.idf"), "one Latin-1 byte is not UTF-8");
        assertEquals("北京.epw", PartFileName.utf8("北京.epw"));
    }
}
