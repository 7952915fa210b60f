package dev.parallax.seed;

import dev.parallax.agreement.AgreementNode;
import dev.parallax.auth.AccessControl;
import dev.parallax.auth.Roles;
import dev.parallax.graphql.SessionPerResolver;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Agreements are data: import one in the seed file format, checked exactly like the seed corpus. */
@GraphQLApi
@SessionPerResolver
public class ImportAgreementGraphQlApi {

    private final AgreementImportService imports;
    private final AccessControl access;

    public ImportAgreementGraphQlApi(AgreementImportService imports, AccessControl access) {
        this.imports = imports;
        this.access = access;
    }

    @Mutation("importAgreement")
    @Description("Create an agreement (clauses, facets with kinds, expected values, derivations, aliases and"
            + " extraction hints; optionally sources and curated claims) from the seed file format, or update the one"
            + " with the same slug to it (every claim is kept; SUGGESTED claims are re-suggested when facets change; the"
            + " change is recorded in the agreement's history). Everything is validated first (every quote must stand"
            + " verbatim at its offsets) and written in one transaction; BAD_USER_INPUT names the first problem as"
            + " file:line:column: field path, or the facets that would lose claims. Needs a bearer token with the role admin (else UNAUTHENTICATED or FORBIDDEN).")
    public Uni<@NonNull ImportAgreementPayload> importAgreement(@Name("input") @NonNull @Description("All of the mutation's arguments, as one input object.") ImportAgreementInput input) {
        List<AgreementImportService.Article> articles = input.articles == null ? List.of()
                : input.articles.stream().map(a -> new AgreementImportService.Article(a.file, a.text)).toList();
        return access.require(Roles.ADMIN)
                .chain(actor -> imports.importAgreement(input.agreementYaml, input.claimsYaml, articles, actor))
                .map(imported -> new ImportAgreementPayload(new AgreementNode(imported.agreement()), imported.claimsAdded()));
    }
}
