package dev.parallax.seed;

import dev.parallax.agreement.AgreementNode;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The result of {@code importAgreement}. */
@Description("The imported agreement. Importing again updates it to the file and adds only what is missing.")
public class ImportAgreementPayload {

    @NonNull
    @Description("The agreement, with its clauses and facets.")
    public final AgreementNode agreement;

    @NonNull
    @Description("How many claims this import added (0 when everything was there already).")
    public final int claimsAdded;

    ImportAgreementPayload(AgreementNode agreement, int claimsAdded) {
        this.agreement = agreement;
        this.claimsAdded = claimsAdded;
    }
}
