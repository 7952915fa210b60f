package dev.parallax.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.parallax.agreement.AgreementService;
import dev.parallax.domain.InvalidInputException;
import dev.parallax.testing.Entities;
import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an import must pass before anything is written: sizes, articles, the seed format's own checks. */
class AgreementImportServiceTest {

    private final SeedWriter writer = mock(SeedWriter.class);
    private final AgreementService agreements = mock(AgreementService.class);
    private final AgreementImportService imports = new AgreementImportService(writer, agreements);

    private static String resource(String path) throws IOException {
        try (InputStream in = AgreementImportServiceTest.class.getResourceAsStream("/agreements/minsk-2015/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static AgreementImportService.Article article(String file) throws IOException {
        return new AgreementImportService.Article(file, resource("articles/" + file));
    }

    @Test
    void aValidAgreementIsWrittenAndReturnedWithTheClaimsAdded() throws IOException {
        when(writer.write(any(), any(), any())).thenReturn(Uni.createFrom().item(0));
        when(agreements.bySlug("minsk-2015")).thenReturn(Uni.createFrom().item(Entities.agreement(9, "minsk-2015")));
        List<AgreementImportService.Article> articles = List.of(article("wire.txt"), article("daily.txt"),
                article("column.txt"));
        AgreementImportService.Imported imported = imports.importAgreement(resource("agreement.yaml"),
                resource("claims.yaml"), articles).await().indefinitely();
        assertThat(imported.agreement().id).isEqualTo(9L);
        assertThat(imported.claimsAdded()).isZero();
        verify(writer).write(any(), any(), any());
    }

    @Test
    void oversizedYamlAnArticleGivenTwiceOrABrokenFileWriteNothing() throws IOException {
        String yaml = resource("agreement.yaml");
        assertThatThrownBy(() -> imports.importAgreement("#".repeat(1024 * 1024 + 1), null, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessage("agreementYaml is over 1 MB");
        AgreementImportService.Article twice = new AgreementImportService.Article("wire.txt", "Text.");
        assertThatThrownBy(() -> imports.importAgreement(yaml, null, List.of(twice, twice)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Article wire.txt is given twice");
        assertThatThrownBy(() -> imports.importAgreement("slug: [unclosed", null, List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> imports.importAgreement(yaml.replace("kind: LENGTH", "kind: WEIGHT"), null, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("WEIGHT");
        verifyNoInteractions(writer, agreements);
    }
}
