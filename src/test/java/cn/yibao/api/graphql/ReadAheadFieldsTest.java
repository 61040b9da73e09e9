package cn.yibao.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.api.PersonResource;
import cn.yibao.api.types.PersonView;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadAheadFieldsTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void a_persons_enrollments_and_claims_are_served_read_ahead_and_otherwise_by_smallryes_resolver() {
        for (String field : List.of("enrollments", "claims")) {
            DataFetcher<?> d = schema.getCodeRegistry()
                    .getDataFetcher(
                            FieldCoordinates.coordinates("Person", field),
                            schema.getObjectType("Person").getFieldDefinition(field));
            assertThat(d).isInstanceOf(ReadAheadFields.ReadAheadFetcher.class);
            assertThat(((ReadAheadFields.ReadAheadFetcher) d).resolver())
                    .isNotNull()
                    .isNotInstanceOf(ReadAheadFields.ReadAheadFetcher.class);
        }
    }

    @Test
    void the_queries_that_read_ahead_admit_exactly_the_roles_of_the_fields_they_serve() throws Exception {
        Set<String> person = roles("person", String.class);
        Set<String> persons = roles("persons", String.class, int.class, String.class);
        Set<String> enrollments = roles("enrollments", List.class);
        Set<String> claims = roles("claims", List.class);
        assertThat(person)
                .isNotEmpty()
                .isEqualTo(persons)
                .isEqualTo(enrollments)
                .isEqualTo(claims);
    }

    private static Set<String> roles(String method, Class<?>... parameters) throws NoSuchMethodException {
        return Arrays.stream(PersonResource.class
                        .getMethod(method, parameters)
                        .getAnnotation(RolesAllowed.class)
                        .value())
                .collect(Collectors.toSet());
    }

    @Test
    void a_view_without_read_ahead_lists_is_left_to_the_resolver() {
        assertThat(new PersonView("1", "n", "m", java.time.LocalDate.of(2000, 1, 1), "ningbo", null).readAhead())
                .isNull();
    }
}
