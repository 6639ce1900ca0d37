package org.jessserver.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenCodecTest {

    @Test
    void tokensAreCookieSafeAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String t = TokenCodec.newToken();
            assertFalse(t.contains("=") || t.contains(";") || t.contains(","), t);
            assertTrue(TokenCodec.wellFormed(t), t);
            assertTrue(seen.add(t));
        }
    }

    @Test
    void digestIsStableHex() {
        String t = TokenCodec.newToken();
        assertEquals(TokenCodec.digest(t), TokenCodec.digest(t));
        assertEquals(64, TokenCodec.digest(t).length());
        assertNotEquals(TokenCodec.digest(t), TokenCodec.digest(TokenCodec.newToken()));
    }

    @Test
    void malformedTokensAreRecognised() {
        assertFalse(TokenCodec.wellFormed(null));
        assertFalse(TokenCodec.wellFormed("garbage"));
        assertFalse(TokenCodec.wellFormed("a".repeat(42) + "="));
    }
}
