package cn.yibao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layering: api → service → persistence and policy; the policy core is pure Java. (Plain
 * ArchUnit checks in Jupiter tests: ArchUnit's own JUnit engine does not run on JUnit 6.)
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.yibao");

    static final ArchRule policy_core_is_pure_java = classes()
            .that()
            .resideInAPackage("cn.yibao.policy..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("cn.yibao.policy..", "java..");

    static final ArchRule policy_core_never_reads_the_wall_clock = noClasses()
            .that()
            .resideInAPackage("cn.yibao.policy..")
            .should()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis");

    /** Resources map entities to views, but reach data only through services (conventions.md, rule 1). */
    static final ArchRule api_does_not_touch_persistence = noClasses()
            .that()
            .resideInAPackage("cn.yibao.api..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("io.quarkus.hibernate.orm.panache..");

    static final ArchRule persistence_does_not_depend_on_api = noClasses()
            .that()
            .resideInAPackage("cn.yibao.persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("cn.yibao.api..", "cn.yibao.service..")
            .allowEmptyShould(true); // no entities before the persistence layer lands

    static final ArchRule service_does_not_depend_on_api = noClasses()
            .that()
            .resideInAPackage("cn.yibao.service..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("cn.yibao.api..");

    @Test
    void the_policy_core_depends_only_on_java_and_itself() {
        policy_core_is_pure_java.check(CLASSES);
    }

    @Test
    void the_policy_core_never_reads_the_wall_clock() {
        policy_core_never_reads_the_wall_clock.check(CLASSES);
    }

    @Test
    void the_api_never_touches_repositories_or_the_entity_manager() {
        api_does_not_touch_persistence.check(CLASSES);
    }

    @Test
    void persistence_depends_on_neither_api_nor_service() {
        persistence_does_not_depend_on_api.check(CLASSES);
    }

    @Test
    void services_do_not_depend_on_the_api() {
        service_does_not_depend_on_api.check(CLASSES);
    }
}
