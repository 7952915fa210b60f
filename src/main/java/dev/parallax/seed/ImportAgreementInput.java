package dev.parallax.seed;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An agreement in the seed file format, sent through the API. */
@Input("ImportAgreementInput")
@Description("An agreement in the same file format as the seed corpus (see seeds/README.md): agreement.yaml,"
        + " optionally claims.yaml and the articles its sources name.")
public class ImportAgreementInput {

    @NonNull
    @Description("The agreement.yaml text: agreement, clauses, facets (kinds, expected values, derivations,"
            + " aliases, extraction hints) and, optionally, sources.")
    public String agreementYaml;

    @Description("The claims.yaml text: curated claims with verbatim quotes and offsets.")
    public String claimsYaml;

    @Description("The articles named by the sources in agreementYaml.")
    public List<@NonNull ArticleInput> articles;

    /** One article text by the file name agreement.yaml gives it. */
    @Input("ArticleInput")
    @Description("One article text, named as in agreement.yaml's sources.")
    public static class ArticleInput {

        @NonNull
        @Description("The file name agreement.yaml gives the article.")
        public String file;

        @NonNull
        @Description("The article's full text.")
        public String text;
    }
}
