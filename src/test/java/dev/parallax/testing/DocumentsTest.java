package dev.parallax.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The test documents keep their convention: each parses and holds one operation (or fragment) named after its file. */
class DocumentsTest {

    @Test
    void everyDocumentIsOneDefinitionNamedAfterItsFile() throws Exception {
        Path root = Path.of(Documents.class.getClassLoader().getResource(Documents.ROOT).toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(Documents.ENDING)).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            String name = relative.substring(0, relative.length() - Documents.ENDING.length());
            String expected = file.getFileName().toString().replace(Documents.ENDING, "");
            Document document = Parser.parse(Documents.load(name));
            List<Definition> definitions = document.getDefinitions();
            assertThat(definitions).as(relative).hasSize(1);
            String actual = definitions.get(0) instanceof OperationDefinition operation ? operation.getName()
                    : ((FragmentDefinition) definitions.get(0)).getName();
            assertThat(actual).as(relative).isEqualTo(expected);
        }
    }

    @Test
    void aMissingDocumentFailsNamingItsPath() {
        assertThatThrownBy(() -> Documents.load("nowhere/NoSuchTest/NoSuchOperation"))
                .hasMessageContaining("src/test/resources/graphql/nowhere/NoSuchTest/NoSuchOperation.graphql");
        assertThatThrownBy(() -> Documents.load("testing/GraphQl/AgreementIds", "nowhere/NoSuchFragment"))
                .hasMessageContaining("graphql/nowhere/NoSuchFragment.graphql");
    }
}
