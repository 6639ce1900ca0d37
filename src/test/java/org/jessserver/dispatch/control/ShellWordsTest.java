package org.jessserver.dispatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {

    @Test
    void splitsAsAShellWouldWithoutExpandingAnything() {
        assertEquals(List.of(), ShellWords.split("  "));
        assertEquals(List.of("--qos=high", "--mem=4G"), ShellWords.split(" --qos=high\t --mem=4G "));
        assertEquals(List.of("--comment=two words", "--x=it's"), ShellWords.split("'--comment=two words' --x=it\\'s"));
        assertEquals(List.of("--a=\"q\" $HOME", "--b=$(rm -rf /)"), ShellWords.split("\"--a=\\\"q\\\" $HOME\" --b=$(rm\\ -rf\\ /)"));
        assertEquals(List.of("ab", ""), ShellWords.split("a'b' \"\""));
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingIt() {
        assertEquals("unclosed ' in: --x='a", assertThrows(IllegalArgumentException.class,
                () -> ShellWords.split("--x='a")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("\"a"));
    }
}
