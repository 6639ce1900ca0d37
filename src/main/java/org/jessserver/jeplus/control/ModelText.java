package org.jessserver.jeplus.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A model file's text in the charset it was written in (UTF-8, or else Latin-1, which maps every byte, so that
 * comments in any legacy encoding survive unchanged), split into lines that keep their own line endings.
 */
record ModelText(String text, Charset charset) {

    static ModelText read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new ModelText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new ModelText(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        }
    }

    /** Writes the text in its charset; a value that a Latin-1 template cannot hold is an error, not a '?'. */
    void write(Path file) throws IOException {
        if (!charset.newEncoder().canEncode(text)) {
            throw new IOException("The model " + file.getFileName() + " is " + charset
                    + ", and a value holds characters it cannot store");
        }
        Files.writeString(file, text, charset);
    }

    ModelText with(String newText) {
        return new ModelText(newText, charset);
    }

    /** The lines with their terminators (LF, CRLF or a lone CR), so that joining them gives the text back. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
