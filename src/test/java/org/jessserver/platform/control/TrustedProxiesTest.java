package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse(" 127.0.0.1, 10.0.0.0/8 ,fd00::/8");

    @Test
    void withoutTrustedProxiesTheHeaderCountsForNothing() {
        assertEquals("127.0.0.1", TrustedProxies.parse("").clientOf("127.0.0.1", List.of("203.0.113.7")));
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
        assertEquals("198.51.100.1", proxies.clientOf("198.51.100.1", List.of("203.0.113.7")));
    }

    @Test
    void fromATrustedProxyTheLastAddressItWasGivenIsTheClient() {
        assertEquals("203.0.113.7", proxies.clientOf("127.0.0.1", List.of("203.0.113.7")));
    }

    @Test
    void whatTheClientWroteItselfBeforeOurProxiesIsIgnored() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; our proxies appended the address they saw, then their own
        assertEquals("203.0.113.7", proxies.clientOf("127.0.0.1", List.of("1.2.3.4, 203.0.113.7, 10.1.2.3")));
        assertEquals("203.0.113.7", proxies.clientOf("127.0.0.1", List.of("1.2.3.4", "203.0.113.7,10.1.2.3")));
    }

    @Test
    void rangesMatchByTheirPrefixOnly() {
        assertEquals("10.255.0.9", proxies.clientOf("10.9.9.9", List.of("10.255.0.9")), "all trusted: the first hop");
        assertEquals("11.0.0.1", proxies.clientOf("11.0.0.1", List.of("203.0.113.7")));
        assertEquals("2001:db8:0:0:0:0:0:1", proxies.clientOf("fd12::1", List.of("2001:db8::1")));
        assertEquals("fe00:0:0:0:0:0:0:1", proxies.clientOf("fe00::1", List.of("2001:db8::1")));
    }

    @Test
    void noHeaderFromATrustedProxyLeavesThePeer() {
        assertEquals("127.0.0.1", proxies.clientOf("127.0.0.1", List.of()));
    }

    @Test
    void portsAndBracketsAreTakenOff() {
        assertEquals("203.0.113.7", proxies.clientOf("127.0.0.1", List.of("203.0.113.7:4711")));
        assertEquals("2001:db8:0:0:0:0:0:1", proxies.clientOf("127.0.0.1", List.of("[2001:db8::1]:4711")));
    }

    @Test
    void somethingThatIsNoAddressIsTheClientAsWrittenAndNeverLookedUp() {
        assertEquals("unknown", proxies.clientOf("127.0.0.1", List.of("unknown")));
        assertTrue(proxies.clientOf("127.0.0.1", List.of("x".repeat(5000))).length() <= 100);
    }

    @Test
    void anIpv4MappedPeerMatchesItsIpv4Range() {
        assertEquals("203.0.113.7", proxies.clientOf("::ffff:10.0.0.5", List.of("203.0.113.7")));
    }

    @Test
    void namesAndBadRangesAreRefusedWithTheSettingsName() {
        for (String bad : List.of("proxy.example.org", "10.0.0.0/33", "10.0.0.0/x", "::1/129", "10.0.0")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse(bad));
            assertTrue(e.getMessage().startsWith("jess.trusted.proxies: '" + bad + "'"), e.getMessage());
        }
    }
}
