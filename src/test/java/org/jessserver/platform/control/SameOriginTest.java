package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SameOriginTest {

    private final SameOrigin direct = new SameOrigin(Optional.empty());
    private final SameOrigin proxied = new SameOrigin(Optional.of("https://jess.example.org/base/"));

    private static boolean allowed(SameOrigin d, String method, String fetchSite, String origin, String scheme, String host) {
        return d.refusal(method, fetchSite, origin, scheme, host).isEmpty();
    }

    @Test
    void clientsWithoutBrowserHeadersPass() {
        assertTrue(allowed(direct, "POST", null, null, "http", "127.0.0.1:8080"));
        assertTrue(allowed(direct, "DELETE", null, null, "http", null));
    }

    @Test
    void readsAreNeverRefused() {
        for (String m : new String[] {"GET", "HEAD", "OPTIONS", "get"}) {
            assertTrue(allowed(direct, m, "cross-site", "https://evil.example", "http", "127.0.0.1:8080"), m);
        }
    }

    @Test
    void everyStateChangingMethodIsChecked() {
        for (String m : new String[] {"POST", "PUT", "DELETE", "PATCH", "post"}) {
            assertTrue(!allowed(direct, m, "cross-site", null, "http", "127.0.0.1:8080"), m);
        }
    }

    @Test
    void secFetchSite() {
        assertTrue(allowed(direct, "POST", "same-origin", null, "http", "h:1"));
        assertTrue(allowed(direct, "POST", "none", null, "http", "h:1"));
        for (String v : new String[] {"cross-site", "same-site", "", "anything"}) {
            assertTrue(!allowed(direct, "POST", v, null, "http", "h:1"), v);
        }
        assertEquals("Cross-site request refused: the browser sent it from another site (Sec-Fetch-Site: cross-site)",
                direct.refusal("POST", "cross-site", null, "http", "h:1").orElseThrow());
    }

    @Test
    void originMustBeTheHostsOwn() {
        assertTrue(allowed(direct, "POST", null, "http://127.0.0.1:8080", "http", "127.0.0.1:8080"));
        assertTrue(allowed(direct, "POST", null, "HTTP://Jess.Example.org", "http", "jess.example.org:80"));
        assertTrue(allowed(direct, "POST", null, "https://jess.example.org:443", "https", "jess.example.org"));
        assertTrue(allowed(direct, "POST", null, "http://[::1]:8080", "http", "[::1]:8080"));
        assertTrue(!allowed(direct, "POST", null, "http://127.0.0.1:8081", "http", "127.0.0.1:8080"));
        assertTrue(!allowed(direct, "POST", null, "https://127.0.0.1:8080", "http", "127.0.0.1:8080"));
        assertTrue(!allowed(direct, "POST", null, "http://evil.example", "http", "127.0.0.1:8080"));
        assertTrue(!allowed(direct, "POST", null, "http://127.0.0.1:8080", "http", null));
        assertTrue(!allowed(direct, "POST", "same-origin", "http://evil.example", "http", "127.0.0.1:8080"));
        assertEquals("Cross-site request refused: Origin null is not this server's",
                direct.refusal("POST", null, "null", "http", "127.0.0.1:8080").orElseThrow());
    }

    @Test
    void originsThatAreNotOriginsAreRefused() {
        for (String o : new String[] {"null", "", "127.0.0.1:8080", "http://127.0.0.1:8080/path", "http://u@127.0.0.1:8080",
                "http://127.0.0.1:8080?x", "%%%"}) {
            assertTrue(!allowed(direct, "POST", null, o, "http", "127.0.0.1:8080"), o);
        }
    }

    @Test
    void publicUrlIsOwnBehindAProxy() {
        // the proxy speaks plain HTTP to the server under another name
        assertTrue(allowed(proxied, "POST", "same-origin", "https://jess.example.org", "http", "127.0.0.1:8080"));
        assertTrue(allowed(proxied, "POST", null, "https://JESS.example.org:443", "http", "127.0.0.1:8080"));
        assertTrue(!allowed(proxied, "POST", null, "http://jess.example.org", "http", "127.0.0.1:8080"));
        assertTrue(!allowed(proxied, "POST", null, "https://evil.example", "http", "127.0.0.1:8080"));
        assertTrue(!allowed(direct, "POST", null, "https://jess.example.org", "http", "127.0.0.1:8080"));
    }

    @Test
    void aPublicUrlThatIsNoUrlIsRefusedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> new SameOrigin(Optional.of("jess.example.org")));
        assertThrows(IllegalArgumentException.class, () -> new SameOrigin(Optional.of("https://")));
        assertTrue(allowed(new SameOrigin(Optional.of(" ")), "POST", null, null, "http", "h"));
    }

    @Test
    void headerValuesAreEchoedShortAndPrintable() {
        String why = direct.refusal("POST", null, "http://e\u0001" + "x".repeat(300), "http", "h").orElseThrow();
        assertTrue(why.length() < 200, why);
        assertTrue(!why.contains("\u0001"), why);
    }
}
