package dev.parallax.changes;

import org.eclipse.microprofile.graphql.Description;

/** What kind of write a {@link Change} reports. */
@Description("What kind of write changed an agreement's comparison.")
public enum ChangeKind {
    @Description("A reviewer confirmed, rejected or corrected a claim, or an editor added one.")
    CLAIM_REVIEWED,
    @Description("A source was added, with the claims the extractor suggested for it.")
    SOURCE_ADDED,
    @Description("An agreement was imported or seeded: any row may have changed.")
    AGREEMENT_IMPORTED,
    @Description("The server lost and regained its change feed: changes may have been missed, refetch everything.")
    RESYNC
}
