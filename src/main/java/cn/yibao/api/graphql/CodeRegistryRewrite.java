package cn.yibao.api.graphql;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;

/** One change to the code registry SmallRye built, applied by {@link SchemaRewrites} before the schema is built. */
interface CodeRegistryRewrite {

    /** Rewrites {@code registry}, the code registry of {@code schema}. */
    void rewrite(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry);
}
