package dev.parallax.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** An object with an opaque global ID that {@code node(id:)} can fetch again. */
@Interface("Node")
@Description("An object with an opaque global ID; fetch it again with `node(id:)`.")
public interface Node {

    @Id
    @NonNull
    @Description("Opaque global ID.")
    String getId();
}
