package cn.yibao.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.junit.jupiter.api.Test;

/** Every query, mutation and {@code @Source} field says who may call it; public ones are few and named. */
class EveryResolverDeclaresWhoMayCallItTest {

    /** Policy information anyone may read: the published terms and what-if quotes without personal data. */
    static final Set<String> PUBLIC = Set.of("policyYear", "policyYears", "quoteContribution");

    static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.yibao.api");

    @Test
    void every_resolver_is_annotated_with_its_roles_or_as_public() {
        List<String> unannotated = new ArrayList<>();
        for (JavaMethod m : resolvers()) {
            int marks = (m.isAnnotatedWith(RolesAllowed.class) ? 1 : 0)
                    + (m.isAnnotatedWith(PermitAll.class) ? 1 : 0)
                    + (m.isAnnotatedWith(DenyAll.class) ? 1 : 0);
            if (marks != 1) {
                unannotated.add(m.getFullName());
            }
        }
        assertThat(resolvers()).hasSizeGreaterThan(25);
        assertThat(unannotated)
                .as("resolvers without exactly one security annotation")
                .isEmpty();
    }

    @Test
    void only_policy_information_is_public() {
        List<String> open = resolvers().stream()
                .filter(m -> m.isAnnotatedWith(PermitAll.class))
                .map(JavaMethod::getName)
                .toList();
        assertThat(open).containsExactlyInAnyOrderElementsOf(PUBLIC);
    }

    static List<JavaMethod> resolvers() {
        return API.stream()
                .filter(c -> c.isAnnotatedWith(GraphQLApi.class))
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Query.class)
                        || m.isAnnotatedWith(Mutation.class)
                        || m.getParameters().stream().anyMatch(p -> p.isAnnotatedWith(Source.class)))
                .toList();
    }
}
