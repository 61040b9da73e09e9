package cn.yibao.api.http;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The checked-in schema, documents and the configured limits, for tests without a running service. */
final class Schemas {

    static final GraphQLSchema SCHEMA = UnExecutableSchemaGenerator.makeUnExecutableSchema(
            new SchemaParser().parse(read(Path.of("graphql/schema.graphql"))));

    private Schemas() {}

    /** The limits application.properties configures (the default profile). */
    static DocumentLimits configured(boolean introspection) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DocumentLimits(
                Integer.parseInt(p.getProperty("yibao.graphql.max-tokens")),
                Integer.parseInt(p.getProperty("yibao.graphql.max-depth")),
                Long.parseLong(p.getProperty("yibao.graphql.max-complexity")),
                Integer.parseInt(p.getProperty("yibao.graphql.max-fields")),
                Integer.parseInt(p.getProperty("yibao.graphql.max-aliases")),
                introspection);
    }

    static Document parse(String document) {
        return Parser.parse(document);
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
