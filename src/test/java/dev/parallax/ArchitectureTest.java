package dev.parallax;

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

    private static final String[] FRAMEWORKS = {"io.quarkus..", "io.smallrye..", "io.vertx..", "jakarta..",
        "org.eclipse.microprofile..", "org.hibernate..", "graphql..", "com.fasterxml..", "org.jboss.."};
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
        noClasses().that().resideInAnyPackage("dev.parallax.engine..", "dev.parallax.value..", "dev.parallax.extract..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .orShould().dependOnClassesThat().resideInAnyPackage("dev.parallax.agreement..", "dev.parallax.source..",
                        "dev.parallax.claim..", "dev.parallax.comparison..", "dev.parallax.ingest..", "dev.parallax.seed..",
                        "dev.parallax.db..", "dev.parallax.domain..", "dev.parallax.graphql..", "dev.parallax.http..",
                        "dev.parallax.auth..", "dev.parallax.guard..", "dev.parallax.node..")
                .because("the engine, value model and extractor are pure: no I/O and no framework types")
                .check(main);
    }

    @Test
    void servicesAndRepositoriesSpeakTheDomainNotGraphQl() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
                .or().haveSimpleNameEndingWith("Rules").or().resideInAPackage("dev.parallax.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(GRAPHQL)
                .because("the GraphQL layer maps the domain's results and errors at its boundary")
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
    }
}
