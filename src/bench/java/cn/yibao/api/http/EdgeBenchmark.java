package cn.yibao.api.http;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the GraphQL edge adds to a request: the body scan, and the document check of a document
 * seen before (the hot path) or seen for the first time (parse and measure). The mini-program's
 * query of load/wrk/mini.graphql. Run: {@code mvn -Pbench test-compile exec:exec -Djmh.args="EdgeBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EdgeBenchmark {

    private byte[] body;
    private String query;
    private DocumentCheck check;
    private DocumentGate remembered;

    @Setup
    public void setUp() throws IOException {
        query = Files.readString(Path.of("load/wrk/mini.graphql"), StandardCharsets.UTF_8);
        body = new JsonObject()
                .put("query", query)
                .put("variables", new JsonObject().put("id", "4711"))
                .encode()
                .getBytes(StandardCharsets.UTF_8);
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(Path.of("graphql/schema.graphql"), StandardCharsets.UTF_8)));
        check = new DocumentCheck(
                schema, new DocumentLimits(2000, 10, 100_000, 400, 30, true), MoneyMutations.MOVE_MONEY);
        remembered = new DocumentGate(check, 2000);
        remembered.check(query);
    }

    @Benchmark
    public RequestScan.Result scanBody() {
        return RequestScan.scan(body.clone()); // the gate scans a copy of the body too
    }

    @Benchmark
    public Optional<Refusal> checkRememberedDocument() {
        // a new String each time, as each request's body gives one
        return remembered.check(new String(query.toCharArray()));
    }

    @Benchmark
    public Optional<Refusal> checkNewDocument() {
        return new DocumentGate(check, 2000).check(query);
    }
}
