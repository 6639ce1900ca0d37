package org.jessserver.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LogonThrottleTest {

    private static final String HOME = "192.0.2.1";
    private final TestClock clock = new TestClock();
    private final LogonThrottle throttle = new LogonThrottle(clock,
            new FailureLedger.Rules(5, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(5), 100),
            new FailureLedger.Rules(20, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofMinutes(5), 100));

    private void fail(String email, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(HOME, email);
        }
    }

    @Test
    void fourFailuresAreHeardAndTheFifthStartsAOneSecondWait() {
        fail("a@x.org", 4);
        assertEquals(OptionalLong.empty(), throttle.refusedFor(HOME, "a@x.org"));
        fail("a@x.org", 1);
        assertEquals(OptionalLong.of(1), throttle.refusedFor(HOME, "a@x.org"));
        clock.advance(Duration.ofMillis(1000));
        assertEquals(OptionalLong.empty(), throttle.refusedFor(HOME, "a@x.org"));
    }

    @Test
    void theAccountIsKnownInAnyLetterCaseAndOtherAccountsAreNotTouched() {
        fail("A@X.org ", 5);
        assertEquals(OptionalLong.of(1), throttle.refusedFor(HOME, "a@x.org"));
        assertEquals(OptionalLong.empty(), throttle.refusedFor(HOME, "b@x.org"));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToFiveMinutes() {
        fail("a@x.org", 4);
        long[] expected = {1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        for (long wait : expected) {
            fail("a@x.org", 1);
            assertEquals(OptionalLong.of(wait), throttle.refusedFor(HOME, "a@x.org"));
            clock.advance(Duration.ofSeconds(wait));
            assertEquals(OptionalLong.empty(), throttle.refusedFor(HOME, "a@x.org"), "free again after " + wait + " s");
        }
    }

    @Test
    void theRemainingWaitIsRoundedUp() {
        fail("a@x.org", 6);
        clock.advance(Duration.ofMillis(500));
        assertEquals(OptionalLong.of(2), throttle.refusedFor(HOME, "a@x.org"));
        clock.advance(Duration.ofMillis(1499));
        assertEquals(OptionalLong.of(1), throttle.refusedFor(HOME, "a@x.org"));
    }

    @Test
    void aSuccessResetsTheCountAndTheWait() {
        fail("a@x.org", 7);
        clock.advance(Duration.ofSeconds(4));
        throttle.succeeded("a@x.org");
        fail("a@x.org", 4);
        assertEquals(OptionalLong.empty(), throttle.refusedFor(HOME, "a@x.org"));
        fail("a@x.org", 1);
        assertEquals(OptionalLong.of(1), throttle.refusedFor(HOME, "a@x.org"), "the wait starts again at 1 s");
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotCount() {
        for (int i = 0; i < 10; i++) {
            fail("a@x.org", 1);
            clock.advance(Duration.ofMinutes(4));
            assertEquals(OptionalLong.empty(), throttle.refusedFor(HOME, "a@x.org"), "failure " + (i + 1));
        }
    }

    @Test
    void aQuietWindowForgivesTheDoublings() {
        fail("a@x.org", 8); // waits 1, 2, 4, 8 s
        clock.advance(Duration.ofMinutes(16));
        fail("a@x.org", 5);
        assertEquals(OptionalLong.of(1), throttle.refusedFor(HOME, "a@x.org"));
    }

    @Test
    void twentyFailuresFromOneAddressInAMinuteRefuseEveryAccountFromIt() {
        for (int i = 0; i < 19; i++) {
            throttle.failed(HOME, "user" + i + "@x.org");
            clock.advance(Duration.ofMillis(1000));
        }
        assertEquals(OptionalLong.empty(), throttle.refusedFor(HOME, "new@x.org"));
        throttle.failed(HOME, "user19@x.org");
        assertEquals(OptionalLong.of(1), throttle.refusedFor(HOME, "new@x.org"));
        assertEquals(OptionalLong.empty(), throttle.refusedFor("192.0.2.2", "new@x.org"), "other addresses are heard");
        throttle.failed(HOME, "user20@x.org");
        assertEquals(OptionalLong.of(2), throttle.refusedFor(HOME, "new@x.org"), "the address's wait doubles too");
    }

    @Test
    void aSuccessDoesNotWipeTheAddressCount() {
        for (int i = 0; i < 19; i++) {
            throttle.failed(HOME, "user" + i + "@x.org");
        }
        throttle.succeeded("mine@x.org");
        throttle.failed(HOME, "user19@x.org");
        assertTrue(throttle.refusedFor(HOME, "mine@x.org").isPresent());
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("2001:db8:1:2::" + Integer.toHexString(i + 1), "user" + i + "@x.org");
        }
        assertEquals(OptionalLong.of(1), throttle.refusedFor("2001:db8:1:2:ffff::9", "new@x.org"));
        assertEquals(OptionalLong.empty(), throttle.refusedFor("2001:db8:1:3::1", "new@x.org"));
    }

    @Test
    void whenBothAreRefusedTheLongerWaitIsNamed() {
        fail("a@x.org", 7); // account: 4 s
        for (int i = 0; i < 13; i++) {
            throttle.failed(HOME, "other" + i + "@x.org"); // address: 20 failures, 1 s
        }
        assertEquals(OptionalLong.of(4), throttle.refusedFor(HOME, "a@x.org"));
    }

    @Test
    void aFloodOfMadeUpAccountsIsRememberedWithinTheCapacity() {
        FailureLedger ledger = new FailureLedger(
                new FailureLedger.Rules(5, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(5), 100), clock);
        for (int i = 0; i < 10_000; i++) {
            ledger.failed("random" + i + "@x.org");
        }
        assertEquals(100, ledger.size());
    }

    @Test
    void anOverlongEmailIsKeptByItsDigest() {
        String key = LogonThrottle.accountKey("a".repeat(100_000) + "@x.org");
        assertTrue(key.length() < 100, key);
    }

    @Test
    void zeroFailuresSwitchesARuleOff() {
        LogonThrottle off = new LogonThrottle(clock,
                new FailureLedger.Rules(0, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(5), 100),
                new FailureLedger.Rules(0, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofMinutes(5), 100));
        for (int i = 0; i < 50; i++) {
            off.failed(HOME, "a@x.org");
        }
        assertEquals(OptionalLong.empty(), off.refusedFor(HOME, "a@x.org"));
    }

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
