package cn.yibao.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The schema the service generates is checked in as graphql/schema.graphql and must contain the
 * client contract v1 (graphql/contract-v1.graphql). To regenerate the snapshot after a deliberate
 * change: {@code mvn test -Dtest=SchemaTest -Dyibao.schema.update=true}.
 */
@QuarkusTest
class SchemaTest {

    private static final Path SNAPSHOT = Path.of("graphql/schema.graphql");
    private static final Path CONTRACT = Path.of("graphql/contract-v1.graphql");

    private static String served() {
        return given().get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void the_checked_in_schema_is_the_one_the_service_serves() throws IOException {
        String served = served();
        if (Boolean.getBoolean("yibao.schema.update")) {
            Files.writeString(SNAPSHOT, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SNAPSHOT, StandardCharsets.UTF_8))
                .as(
                        "graphql/schema.graphql is stale: regenerate with mvn test -Dtest=SchemaTest -Dyibao.schema.update=true")
                .isEqualTo(served);
    }

    @Test
    void the_schema_contains_every_type_field_argument_and_enum_value_of_the_contract() throws IOException {
        TypeDefinitionRegistry contract = new SchemaParser().parse(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        TypeDefinitionRegistry schema = new SchemaParser().parse(served());
        List<String> problems = new ArrayList<>();
        for (TypeDefinition<?> want : contract.types().values()) {
            TypeDefinition<?> have = schema.types().get(want.getName());
            if (have == null || have.getClass() != want.getClass()) {
                problems.add("missing " + want.getClass().getSimpleName() + " " + want.getName());
                continue;
            }
            switch (want) {
                case ObjectTypeDefinition o ->
                    compareFields(
                            o.getName(),
                            o.getFieldDefinitions(),
                            ((ObjectTypeDefinition) have).getFieldDefinitions(),
                            problems);
                case InputObjectTypeDefinition i ->
                    compareInputs(
                            i.getName(),
                            i.getInputValueDefinitions(),
                            ((InputObjectTypeDefinition) have).getInputValueDefinitions(),
                            problems);
                case EnumTypeDefinition e -> {
                    var values = ((EnumTypeDefinition) have)
                            .getEnumValueDefinitions().stream()
                                    .map(EnumValueDefinition::getName)
                                    .collect(Collectors.toSet());
                    e.getEnumValueDefinitions().stream()
                            .map(EnumValueDefinition::getName)
                            .filter(v -> !values.contains(v))
                            .forEach(v -> problems.add("enum " + e.getName() + " lacks " + v));
                }
                default -> {}
            }
        }
        for (String scalar : contract.scalars().keySet()) {
            if (!schema.scalars().containsKey(scalar)) {
                problems.add("missing scalar " + scalar);
            }
        }
        assertThat(problems).as("differences from the client contract v1").isEmpty();
    }

    private static void compareFields(
            String type, List<FieldDefinition> want, List<FieldDefinition> have, List<String> problems) {
        Map<String, FieldDefinition> byName = have.stream().collect(Collectors.toMap(FieldDefinition::getName, f -> f));
        for (FieldDefinition f : want) {
            FieldDefinition h = byName.get(f.getName());
            if (h == null) {
                problems.add(type + "." + f.getName() + " missing");
                continue;
            }
            if (!AstPrinter.printAst(f.getType()).equals(AstPrinter.printAst(h.getType()))) {
                problems.add(type + "." + f.getName() + ": " + AstPrinter.printAst(h.getType()) + " instead of "
                        + AstPrinter.printAst(f.getType()));
            }
            compareInputs(
                    type + "." + f.getName() + "()",
                    f.getInputValueDefinitions(),
                    h.getInputValueDefinitions(),
                    problems);
        }
    }

    private static void compareInputs(
            String owner, List<InputValueDefinition> want, List<InputValueDefinition> have, List<String> problems) {
        Map<String, InputValueDefinition> byName =
                have.stream().collect(Collectors.toMap(InputValueDefinition::getName, v -> v));
        for (InputValueDefinition v : want) {
            InputValueDefinition h = byName.get(v.getName());
            if (h == null) {
                problems.add(owner + " argument/field " + v.getName() + " missing");
            } else if (!AstPrinter.printAst(v.getType()).equals(AstPrinter.printAst(h.getType()))) {
                problems.add(owner + " " + v.getName() + ": " + AstPrinter.printAst(h.getType()) + " instead of "
                        + AstPrinter.printAst(v.getType()));
            }
        }
    }
}
