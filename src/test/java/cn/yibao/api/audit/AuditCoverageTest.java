package cn.yibao.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.eclipse.microprofile.graphql.Mutation;
import org.junit.jupiter.api.Test;

/** Every GraphQL mutation of the API is audited: a new one without {@code @Audited} fails here. */
class AuditCoverageTest {

    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.yibao.api");

    @Test
    void every_mutation_method_is_audited_on_itself_or_its_class() {
        List<JavaMethod> mutations = API.stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Mutation.class))
                .toList();

        assertThat(mutations).hasSizeGreaterThanOrEqualTo(10);
        assertThat(mutations)
                .filteredOn(
                        m -> !m.isAnnotatedWith(Audited.class) && !m.getOwner().isAnnotatedWith(Audited.class))
                .extracting(JavaMethod::getFullName)
                .as("mutations without @Audited")
                .isEmpty();
    }
}
