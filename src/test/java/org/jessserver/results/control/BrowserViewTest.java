package org.jessserver.results.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BrowserViewTest {

    @Test
    void reportPagesAreHtmlInAnyLetterCase() {
        assertEquals("text/html; charset=UTF-8", BrowserView.mediaType("eplustbl.htm"));
        assertEquals("text/html; charset=UTF-8", BrowserView.mediaType("Report.HTML"));
    }

    @Test
    void everythingElseIsPlainText() {
        for (String name : new String[] {"eplusout.err", "console.log", "eplusout.sql", "page.svg", "README", "x.htm.txt"}) {
            assertEquals("text/plain; charset=UTF-8", BrowserView.mediaType(name), name);
        }
    }
}
