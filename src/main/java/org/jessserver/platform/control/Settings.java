package org.jessserver.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The server's settings, read once from MicroProfile Config (system properties, env JESS_*, defaults). */
@ApplicationScoped
public class Settings {

    // its default is in microprofile-config.properties, not here: jess.db.url and the launcher read it too
    @Inject
    @ConfigProperty(name = "jess.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "jess.session.ttl")
    Duration sessionLifetime;

    @Inject
    @ConfigProperty(name = "jess.cookie.secure", defaultValue = "false")
    boolean cookieSecure;

    @Inject
    @ConfigProperty(name = "jess.admin.email", defaultValue = "admin@localhost")
    String adminEmail;

    // Optional: MicroProfile Config treats an empty value as no value at all
    @Inject
    @ConfigProperty(name = "jess.admin.password")
    Optional<String> adminPassword;

    // the origin browsers use when a proxy forwards under another scheme or name (cross-site checks)
    @Inject
    @ConfigProperty(name = "jess.public.url")
    Optional<String> publicUrl;

    // a jEPlus project's subset larger than this is refused at submission (jeplus.md §11 q1)
    @Inject
    @ConfigProperty(name = "jess.max.cases", defaultValue = "100000")
    long maxCases;

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    public Duration sessionLifetime() {
        return sessionLifetime;
    }

    public boolean cookieSecure() {
        return cookieSecure;
    }

    public String adminEmail() {
        return adminEmail;
    }

    public String adminPassword() {
        return adminPassword.orElse("");
    }

    public Optional<String> publicUrl() {
        return publicUrl;
    }

    /** The most cases one job may have (JESS_MAX_CASES); at least 1. */
    public long maxCases() {
        return Math.max(1, maxCases);
    }
}
