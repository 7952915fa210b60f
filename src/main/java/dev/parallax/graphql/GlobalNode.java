package dev.parallax.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The global ID every {@link Node} view carries. Subclasses implement {@code Node} themselves, so that
 * this base class does not become a GraphQL type of its own.
 */
public abstract class GlobalNode {

    private final String id;

    protected GlobalNode(NodeType type, long databaseId) {
        this.id = GlobalId.of(type, databaseId);
    }

    @Id
    @NonNull
    @Description("Opaque global ID; fetch the object again with `node(id:)`.")
    public String getId() {
        return id;
    }
}
