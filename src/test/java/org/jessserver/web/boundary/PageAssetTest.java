package org.jessserver.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageAssetTest {

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachFileOfThePageHasItsType() {
        assertEquals("text/html; charset=UTF-8", PageAsset.of("index.html", text("<!doctype html>")).contentType());
        assertEquals("text/javascript; charset=UTF-8", PageAsset.of("app.js", text("'use strict';")).contentType());
        assertEquals("text/css; charset=UTF-8", PageAsset.of("app.css", text("body{}")).contentType());
    }

    @Test
    void theTagChangesWithTheContentOnly() {
        String tag = PageAsset.of("app.js", text("let a = 1;")).etag();
        assertEquals(tag, PageAsset.of("app.js", text("let a = 1;")).etag());
        assertNotEquals(tag, PageAsset.of("app.js", text("let a = 2;")).etag());
        assertTrue(tag.startsWith("\"") && tag.endsWith("\""), "a strong, quoted tag: " + tag);
    }

    @Test
    void nothingElseIsAFileOfThePage() {
        assertFalse(PageAsset.known("../WEB-INF/web.xml"));
        assertFalse(PageAsset.known("secret.txt"));
        assertFalse(PageAsset.known(""));
        assertThrows(IllegalArgumentException.class, () -> PageAsset.of("web.xml", text("x")));
    }
}
