package org.jessserver.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;

/**
 * A log-on attempt: refused at once while its account or address is throttled, otherwise checked by the
 * container's identity stores on the hashing pool, so that no HTTP thread waits for PBKDF2; the outcome
 * then feeds the throttle.
 */
@ApplicationScoped
public class Logons {

    @Inject
    LogonThrottle throttle;

    @Inject
    Credentials credentials;

    @Inject
    PasswordHasher hasher;

    /** Every outcome is told (log-on failures are counted); log-ons change no database state that could roll back. */
    @Inject
    Event<LogonOutcome> outcomes;

    public CompletionStage<LogonOutcome> attempt(String address, UsernamePasswordCredential credential) {
        return start(address, credential).thenApply(o -> {
            outcomes.fire(o);
            return o;
        });
    }

    private CompletionStage<LogonOutcome> start(String address, UsernamePasswordCredential credential) {
        OptionalLong wait = throttle.refusedFor(address, credential.getCaller());
        if (wait.isPresent()) {
            return CompletableFuture.completedFuture(LogonOutcome.throttled(wait.getAsLong()));
        }
        try {
            return hasher.submit(() -> check(address, credential));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(LogonOutcome.serverBusy());
        }
    }

    private LogonOutcome check(String address, UsernamePasswordCredential credential) {
        String email = credential.getCaller();
        // asked again: attempts queued behind the one that started the refusal are not checked either
        OptionalLong wait = throttle.refusedFor(address, email);
        if (wait.isPresent()) {
            return LogonOutcome.throttled(wait.getAsLong());
        }
        return credentials.check(credential).map(p -> {
            throttle.succeeded(email);
            return LogonOutcome.accepted(p);
        }).orElseGet(() -> {
            throttle.failed(address, email);
            return LogonOutcome.noMatch();
        });
    }
}
