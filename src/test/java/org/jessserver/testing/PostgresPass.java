package org.jessserver.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Marks a test class that runs in the PostgreSQL pass of the suite only (the Slurm executor's tests: the setting of
 * a cluster, where instances share a database server): skipped before anything starts in the H2 pass.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(named = "jess.test.db", matches = "postgresql",
        disabledReason = "runs in the PostgreSQL pass only")
public @interface PostgresPass {
}
