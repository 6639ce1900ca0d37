package org.jessserver.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * Salted PBKDF2 password hashes (Jakarta Security's Pbkdf2PasswordHash, HMAC-SHA256, 210,000 iterations),
 * computed only on the bounded hashing pool: a flood of log-ons then keeps at most that many cores busy.
 */
@ApplicationScoped
public class PasswordHasher {

    static final String BUSY = "Server busy; try again";

    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.1 s per log-on on this hardware
    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    // threads with the application's context: the work run on them looks accounts up through EJBs
    @Resource
    ManagedThreadFactory threadFactory;

    // default: half the cores, at least one, so that the other half stays free for everything else
    @Inject
    @ConfigProperty(name = "jess.hash.threads")
    Optional<Integer> threads;

    @Inject
    @ConfigProperty(name = "jess.hash.queue", defaultValue = "64")
    int queue;

    private HashingPool pool;
    private String decoy;

    @PostConstruct
    void init() {
        int n = threads.filter(t -> t > 0).orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        pool = new HashingPool(n, queue, threadFactory, "jess-hashing");
        pbkdf2.initialize(PARAMETERS);
        decoy = onPool(() -> pbkdf2.generate("decoy-password".toCharArray()));
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }

    /** Runs work that checks passwords on the pool; refused at once (RejectedExecutionException) when it is full. */
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        return pool.submit(work);
    }

    public String hash(String password) {
        return onPool(() -> pbkdf2.generate(password.toCharArray()));
    }

    public boolean matches(String password, String hash) {
        return onPool(() -> pbkdf2.verify(password.toCharArray(), hash));
    }

    /** Spends the time of a real check, so that an unknown e-mail cannot be told from a wrong password. */
    public void spendCheckTime(String password) {
        onPool(() -> pbkdf2.verify(password.toCharArray(), decoy));
    }

    private <T> T onPool(Supplier<T> work) {
        try {
            return pool.call(work);
        } catch (RejectedExecutionException e) {
            throw new InvalidRequestException(BUSY);
        }
    }
}
