package dev.parallax.seed;

import dev.parallax.agreement.AgreementNode;
import dev.parallax.auth.AccessControl;
import dev.parallax.auth.Roles;
import dev.parallax.agreement.AgreementRepository;
import dev.parallax.graphql.BadUserInputException;
import dev.parallax.graphql.SessionPerResolver;
import dev.parallax.source.SourceInputRules;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Agreements are data: import one in the seed file format, checked exactly like the seed corpus. */
@GraphQLApi
@SessionPerResolver
public class ImportAgreementGraphQlApi {

    private static final int MAX_YAML_BYTES = 1024 * 1024;

    @Inject
    SeedWriter writer;

    @Inject
    AgreementRepository agreements;

    @Inject
    AccessControl access;

    @Mutation("importAgreement")
    @Description("Create an agreement (clauses, facets with kinds, expected values, derivations, aliases and"
            + " extraction hints; optionally sources and curated claims) from the seed file format. Everything is"
            + " validated first (every quote must stand verbatim at its offsets) and written in one transaction;"
            + " BAD_USER_INPUT names the first problem. Needs a bearer token with the role admin (else UNAUTHENTICATED or FORBIDDEN).")
    public Uni<@NonNull ImportAgreementPayload> importAgreement(@Name("input") @NonNull @Description("All of the mutation's arguments, as one input object.") ImportAgreementInput input) {
        return access.require(Roles.ADMIN).chain(actor -> {
            SeedCorpus corpus = corpus(input);
            return writer.write(corpus)
                    .chain(added -> agreements.findBySlug(corpus.agreement().slug())
                            .map(agreement -> new ImportAgreementPayload(new AgreementNode(agreement), added)));
        });
    }

    private static SeedCorpus corpus(ImportAgreementInput input) {
        size(input.agreementYaml, "agreementYaml");
        size(input.claimsYaml, "claimsYaml");
        Map<String, String> texts = new LinkedHashMap<>();
        if (input.articles != null) {
            for (ImportAgreementInput.ArticleInput article : input.articles) {
                if (texts.put(article.file, SourceInputRules.text(article.text)) != null) {
                    throw new BadUserInputException("Article " + article.file + " is given twice");
                }
            }
        }
        try {
            SeedCorpus corpus = SeedReader.fromText(input.agreementYaml, input.claimsYaml, texts);
            SeedValidator.validate(corpus);
            return corpus;
        } catch (SeedException e) {
            throw new BadUserInputException(e.getMessage());
        }
    }

    private static void size(String yaml, String field) {
        if (yaml != null && yaml.getBytes(StandardCharsets.UTF_8).length > MAX_YAML_BYTES) {
            throw new BadUserInputException(field + " is over 1 MB");
        }
    }
}
