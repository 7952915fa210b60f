package dev.parallax.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay page information. */
@Description("Information about a page of a connection (Relay cursor connections).")
public class PageInfo {

    @NonNull
    @Description("Whether more items follow this page.")
    public boolean hasNextPage;

    @NonNull
    @Description("Always false: pagination runs forwards only.")
    public boolean hasPreviousPage;

    @Description("Cursor of the first item of this page, null when the page is empty.")
    public String startCursor;

    @Description("Cursor of the last item of this page; pass it as `after` to get the next page.")
    public String endCursor;

    public PageInfo(boolean hasNextPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }
}
