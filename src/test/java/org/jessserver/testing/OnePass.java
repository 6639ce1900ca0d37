package org.jessserver.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Marks a test class that is heavy or does not depend on the database (floods, big uploads, crashes, a full disk,
 * the clients' byte-level exchanges): it runs in the H2 pass of the suite only, to keep the suite within its time.
 * The class is skipped before anything starts, so an Arquillian test deploys no server in the PostgreSQL pass.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfSystemProperty(named = "jess.test.db", matches = "postgresql",
        disabledReason = "heavy or database-independent: runs in the H2 pass only")
public @interface OnePass {
}
