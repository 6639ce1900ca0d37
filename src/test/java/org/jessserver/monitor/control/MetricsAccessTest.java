package org.jessserver.monitor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jessserver.monitor.control.MetricsAccess.Verdict;
import org.junit.jupiter.api.Test;

class MetricsAccessTest {

    private final MetricsAccess withToken = new MetricsAccess("s3cret-scrape-token");
    private final MetricsAccess withoutToken = new MetricsAccess(null);

    @Test
    void anAdministratorsSessionIsAllowedWithOrWithoutAToken() {
        assertEquals(Verdict.ALLOWED, withToken.of(true, true, null));
        assertEquals(Verdict.ALLOWED, withoutToken.of(true, true, "Bearer whatever"));
    }

    @Test
    void theMetricsTokenAsBearerIsAllowedWithoutASession() {
        assertEquals(Verdict.ALLOWED, withToken.of(false, false, "Bearer s3cret-scrape-token"));
        assertEquals(Verdict.ALLOWED, withToken.of(false, false, "bearer  s3cret-scrape-token "));
    }

    @Test
    void aWrongOrMissingTokenIsNotLoggedOn() {
        assertEquals(Verdict.NOT_LOGGED_ON, withToken.of(false, false, "Bearer s3cret-scrape-toke"));
        assertEquals(Verdict.NOT_LOGGED_ON, withToken.of(false, false, "Bearer "));
        assertEquals(Verdict.NOT_LOGGED_ON, withToken.of(false, false, "Basic czNjcmV0"));
        assertEquals(Verdict.NOT_LOGGED_ON, withToken.of(false, false, null));
    }

    @Test
    void noConfiguredTokenAllowsNoBearerNotEvenAnEmptyOne() {
        assertEquals(Verdict.NOT_LOGGED_ON, withoutToken.of(false, false, "Bearer "));
        assertEquals(Verdict.NOT_LOGGED_ON, new MetricsAccess("  ").of(false, false, "Bearer   "));
    }

    @Test
    void aUserWhoIsNoAdministratorIsForbiddenUnlessTheTokenComesToo() {
        assertEquals(Verdict.NOT_ADMIN, withToken.of(true, false, null));
        assertEquals(Verdict.NOT_ADMIN, withToken.of(true, false, "Bearer wrong"));
        assertEquals(Verdict.ALLOWED, withToken.of(true, false, "Bearer s3cret-scrape-token"));
    }
}
