package dev.parallax.graphql;

/** The kinds of object that carry a global ID; the name is the GraphQL type name. */
public enum NodeType {
    Agreement, Clause, Facet, Source, Claim
}
