package org.jessserver;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The shape of the code as rules the build checks: components free of import cycles, boundaries imported by
 * no control or entity class, and job and case state written only by their owners in {@code job}. Any
 * violation fails the build (the frozen baseline these rules started from is empty now, and gone).
 */
@AnalyzeClasses(packages = "org.jessserver", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The classes that own the job's and the case's state machines (design.md: one owner for each). */
    static final String[] STATE_OWNERS = {
        "org.jessserver.job.control.JobTransitions",
        "org.jessserver.job.control.CaseTransitions",
    };

    @ArchTest
    static final ArchRule componentsHaveNoCycles = slices().matching("org.jessserver.(*)..")
            .namingSlices("component $1").should().beFreeOfCycles()
            .as("components import each other in no cycle");

    @ArchTest
    static final ArchRule boundariesAreImportedByNoControlOrEntity = noClasses()
            .that().resideInAnyPackage("..control..", "..entity..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..")
            .as("no control or entity class imports a boundary");

    // Job and case state is written by bulk JPQL updates and by persisting new rows (the entities have no setters), so
    // an update query run, or an entity persisted, merged or removed, outside the owners is a state write outside them;
    // accounts and sessions are not that state.
    @ArchTest
    static final ArchRule stateIsWrittenOnlyByItsOwners = noClasses()
            .that().resideOutsideOfPackage("org.jessserver.account..")
            .and().doNotHaveFullyQualifiedName(STATE_OWNERS[0])
            .and().doNotHaveFullyQualifiedName(STATE_OWNERS[1])
            .should().callMethodWhere(writes(Query.class, "executeUpdate"))
            .orShould().callMethodWhere(writes(EntityManager.class, "persist|merge|remove"))
            .as("job and case state is written only by " + String.join(" and ", STATE_OWNERS));

    /** A call of a method of the type (or of a subtype) whose name matches the pattern. */
    private static DescribedPredicate<JavaCall<?>> writes(Class<?> type, String methodNames) {
        return target(owner(assignableTo(type))).and(target(nameMatching(methodNames)));
    }
}
