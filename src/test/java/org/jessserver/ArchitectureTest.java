package org.jessserver;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import jakarta.persistence.Query;

/**
 * The shape of the code as rules the build checks: components free of import cycles, boundaries imported by
 * no control or entity class, and job and case state written only by their owners in {@code job}. Today's
 * violations are frozen in {@code src/test/archunit-store}: a new one fails the build, a mended one leaves
 * the store (commit the store with the change that mends it), until the store is empty.
 */
@AnalyzeClasses(packages = "org.jessserver", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The classes that own the job's and the case's state machines (design.md: one owner for each). */
    static final String[] STATE_OWNERS = {
        "org.jessserver.job.control.JobTransitions",
        "org.jessserver.job.control.CaseTransitions",
    };

    @ArchTest
    static final ArchRule componentsHaveNoCycles = FreezingArchRule.freeze(
            slices().matching("org.jessserver.(*)..").namingSlices("component $1")
                    .should().beFreeOfCycles()
                    .as("components import each other in no cycle"));

    @ArchTest
    static final ArchRule boundariesAreImportedByNoControlOrEntity = FreezingArchRule.freeze(
            noClasses().that().resideInAnyPackage("..control..", "..entity..")
                    .should().dependOnClassesThat().resideInAPackage("..boundary..")
                    .as("no control or entity class imports a boundary"));

    // Job and case state is written by bulk JPQL updates (the entities have no setters), so an update
    // query run outside the owners is a state write outside them; accounts and sessions are not that state.
    @ArchTest
    static final ArchRule stateIsWrittenOnlyByItsOwners = FreezingArchRule.freeze(
            noClasses().that().resideOutsideOfPackage("org.jessserver.account..")
                    .and().doNotHaveFullyQualifiedName(STATE_OWNERS[0])
                    .and().doNotHaveFullyQualifiedName(STATE_OWNERS[1])
                    .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                            com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("executeUpdate"))
                            .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                            JavaClass.Predicates.assignableTo(Query.class)))))
                    .as("job and case state is written only by " + String.join(" and ", STATE_OWNERS)));
}
