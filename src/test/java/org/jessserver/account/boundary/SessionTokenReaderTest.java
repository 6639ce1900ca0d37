package org.jessserver.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTokenReaderTest {

    private static List<String> values(String header) {
        List<String> out = new ArrayList<>();
        SessionTokenReader.cookieValues(header, out);
        return out;
    }

    @Test
    void readsOnePairSeveralPairsAndTheCommaJoinedRepeat() {
        assertEquals(List.of("K"), values("session_token=K"));
        assertEquals(List.of("K"), values("a=1; session_token=K; b=2"));
        assertEquals(List.of("K"), values("session_token=K, session_token=K"));
        assertEquals(List.of("old", "K"), values("session_token=old,session_token=K"));
        assertEquals(List.of("K"), values("session_token=\"K\""));
    }

    @Test
    void ignoresOtherCookiesAndEmptyValues() {
        assertEquals(List.of(), values("my_session_token=K; session_tokens=K; session_token="));
        assertEquals(List.of(), values("session_token"));
    }
}
