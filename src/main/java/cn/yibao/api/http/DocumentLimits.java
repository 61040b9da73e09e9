package cn.yibao.api.http;

/**
 * What one GraphQL document may ask for (yibao.graphql.* in application.properties, graphql/README.md).
 *
 * @param maxTokens the parser stops at this many grammar tokens (the end of the document counts)
 * @param maxDepth nesting of fields; an introspection field (__schema, __type) counts as one level
 * @param maxComplexity estimated cost: a field costs 1 plus its children's cost times the length of
 *     its list ({@code first}, else {@link DocumentMeasure#LIST_ESTIMATE})
 * @param maxFields fields of an operation with its fragments spread in
 * @param maxAliases aliased fields in the whole document
 * @param introspection whether __schema and __type may be queried
 */
public record DocumentLimits(
        int maxTokens, int maxDepth, long maxComplexity, int maxFields, int maxAliases, boolean introspection) {}
