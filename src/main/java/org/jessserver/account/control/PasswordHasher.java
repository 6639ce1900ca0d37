package org.jessserver.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Salted PBKDF2 password hashes (Jakarta Security's Pbkdf2PasswordHash, HMAC-SHA256, 210,000 iterations). */
@ApplicationScoped
public class PasswordHasher {

    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.1 s per log-on on this hardware
    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate("decoy-password".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of a real check, so that an unknown e-mail cannot be told from a wrong password. */
    public void spendCheckTime(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
