package org.jessserver.account.control;

import java.util.Optional;
import org.jessserver.account.entity.AccountPrincipal;

/** What became of a log-on: the account logged on, or why not (wrong pair, throttled for some seconds, busy). */
public record LogonOutcome(Optional<AccountPrincipal> principal, long throttledSeconds, boolean busy) {

    static LogonOutcome accepted(AccountPrincipal p) {
        return new LogonOutcome(Optional.of(p), 0, false);
    }

    static LogonOutcome noMatch() {
        return new LogonOutcome(Optional.empty(), 0, false);
    }

    static LogonOutcome throttled(long seconds) {
        return new LogonOutcome(Optional.empty(), seconds, false);
    }

    static LogonOutcome serverBusy() {
        return new LogonOutcome(Optional.empty(), 0, true);
    }

    public boolean isThrottled() {
        return throttledSeconds > 0;
    }
}
