package org.jessserver.platform.boundary;

import jakarta.ws.rs.core.EntityPart;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The file name of an uploaded part as the client meant it. Browsers, Python requests and .NET send a
 * non-ASCII name as raw UTF-8 in the part's header, which the container reads as ISO-8859-1 ("Ã©" for
 * "é"); such a name is decoded again as UTF-8 when its bytes are valid UTF-8.
 */
public final class PartFileName {

    private PartFileName() {
    }

    public static String of(EntityPart part) {
        return part.getFileName().map(PartFileName::utf8).orElse(null);
    }

    static String utf8(String name) {
        if (name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            // a real ISO-8859-1 name ("é" sent as one byte) stays as it came
            return name;
        }
    }
}
