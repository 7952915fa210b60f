package dev.parallax.seed;

import dev.parallax.agreement.Agreement;
import dev.parallax.agreement.AgreementService;
import dev.parallax.domain.InvalidInputException;
import dev.parallax.source.SourceInputRules;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Imports an agreement sent in the seed file format, checked exactly like the seed corpus. */
@ApplicationScoped
public class AgreementImportService {

    private static final int MAX_YAML_BYTES = 1024 * 1024;

    private final SeedWriter writer;
    private final AgreementService agreements;

    public AgreementImportService(SeedWriter writer, AgreementService agreements) {
        this.writer = writer;
        this.agreements = agreements;
    }

    /** An imported agreement and how many claims the import added. */
    public record Imported(Agreement agreement, int claimsAdded) {
    }

    /** One article text by the file name agreement.yaml gives it. */
    public record Article(String file, String text) {
    }

    public Uni<Imported> importAgreement(String agreementYaml, String claimsYaml, Iterable<Article> articles) {
        return importAgreement(agreementYaml, claimsYaml, articles, SeedWriter.SEED_LOADER);
    }

    /** Creates the agreement, or updates the one with the same slug, recording {@code actor} in its history. */
    public Uni<Imported> importAgreement(String agreementYaml, String claimsYaml, Iterable<Article> articles, String actor) {
        SeedCorpus corpus = corpus(agreementYaml, claimsYaml, articles);
        return writer.write(corpus, null, actor).chain(added -> agreements.bySlug(corpus.agreement().slug())
                .map(agreement -> new Imported(agreement, added)));
    }

    private static SeedCorpus corpus(String agreementYaml, String claimsYaml, Iterable<Article> articles) {
        size(agreementYaml, "agreementYaml");
        size(claimsYaml, "claimsYaml");
        Map<String, String> texts = new LinkedHashMap<>();
        for (Article article : articles) {
            if (texts.put(article.file(), SourceInputRules.text(article.text())) != null) {
                throw new InvalidInputException("Article " + article.file() + " is given twice");
            }
        }
        try {
            SeedCorpus corpus = SeedReader.fromText(agreementYaml, claimsYaml, texts);
            SeedValidator.validate(corpus);
            return corpus;
        } catch (SeedException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    private static void size(String yaml, String field) {
        if (yaml != null && yaml.getBytes(StandardCharsets.UTF_8).length > MAX_YAML_BYTES) {
            throw new InvalidInputException(field + " is over 1 MB");
        }
    }
}
