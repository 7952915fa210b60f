package dev.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the layers (HTTP → GraphQL API → service → repository → engine) and of the features,
 * checked on the compiled classes: a change that breaks one fails here, naming the offending dependency.
 */
class ArchitectureTest {

    private static final String[] GRAPHQL = {"org.eclipse.microprofile.graphql..", "io.smallrye.graphql..",
        "graphql..", "dev.parallax.graphql..", "dev.parallax.http.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() throws URISyntaxException {
        // The compiled main classes only: scanning the whole classpath for the package takes seconds.
        Path classes = Path.of(Parallax.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(classes);
    }

    @Test
    void theEngineIsPure() {
        classes().that().resideInAPackage("dev.parallax.value..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.parallax.value..", "java..",
                        "javax.measure..", "tech.units..", "systems.uom..")
                .because("the value model stands on the JDK and the units of measurement API alone")
                .check(main);
        classes().that().resideInAPackage("dev.parallax.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.parallax.engine..", "dev.parallax.value..", "java..")
                .because("the comparison engine is pure: no I/O, no framework types, nothing but the value model")
                .check(main);
        classes().that().resideInAPackage("dev.parallax.extract..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.parallax.extract..", "dev.parallax.value..", "java..",
                        "org.apache.lucene.analysis..")
                .because("the extractor is pure: no I/O, no framework types, nothing but the value model and Lucene's"
                        + " English analysis (stems)")
                .check(main);
        classes().that().resideInAPackage("dev.parallax.page..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.parallax.page..", "java..", "org.jsoup..",
                        "com.fasterxml.jackson.core..", "com.fasterxml.jackson.databind..")
                .because("the page reader is pure: it parses HTML (jsoup) and JSON-LD (Jackson), no I/O, no framework types")
                .check(main);
        classes().that().resideInAPackage("dev.parallax.export..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.parallax.export..", "java..",
                        "org.apache.commons.csv..", "com.fasterxml.jackson..")
                .because("the export writers are pure: a comparison in, text out, with a CSV and a JSON library")
                .check(main);
        classes().that().resideInAPackage("dev.parallax.shingle..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.parallax.shingle..", "java..",
                        "com.github.difflib..")
                .because("shingling, similarity and word diffs are pure: no I/O, no framework types")
                .check(main);
    }

    @Test
    void servicesAndRepositoriesSpeakTheDomainNotGraphQl() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
                .or().haveSimpleNameEndingWith("Rules").or().resideInAPackage("dev.parallax.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(GRAPHQL)
                .because("the GraphQL layer maps the domain's results and errors at its boundary")
                .check(main);
        noClasses().that().resideInAnyPackage("dev.parallax.fetch..", "dev.parallax.page..")
                .should().dependOnClassesThat().resideInAnyPackage(GRAPHQL)
                .because("the fetcher and the page reader report failures as domain exceptions (FetchException)")
                .check(main);
    }

    @Test
    void resolversNeverReachTheDatabase() {
        noClasses().that().areAnnotatedWith(GraphQLApi.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("io.quarkus.hibernate..", "org.hibernate..",
                        "io.vertx.sqlclient..", "io.vertx.pgclient..", "dev.parallax.db..")
                .because("resolvers call services; services own transactions and retries")
                .check(main);
    }

    @Test
    void featuresDependOneWay() {
        slices().matching("dev.parallax.(*)..").should().beFreeOfCycles().check(main);
        noClasses().that().resideInAPackage("dev.parallax.agreement..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.parallax.source..", "dev.parallax.claim..",
                        "dev.parallax.ingest..", "dev.parallax.comparison..", "dev.parallax.seed..")
                .check(main);
        noClasses().that().resideInAPackage("dev.parallax.source..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.parallax.claim..", "dev.parallax.ingest..",
                        "dev.parallax.comparison..", "dev.parallax.seed..")
                .check(main);
        noClasses().that().resideInAPackage("dev.parallax.claim..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.parallax.ingest..", "dev.parallax.comparison..",
                        "dev.parallax.seed..")
                .check(main);
        noClasses().that().resideInAPackage("dev.parallax.lineage..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.parallax.ingest..", "dev.parallax.comparison..",
                        "dev.parallax.seed..")
                .check(main);
    }
}
