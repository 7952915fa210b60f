package dev.parallax.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Operation names become metric labels only while they are plain and few. */
class OperationNamesTest {

    @Test
    void plainNamesAreKeptUpToTheLimitAndTheRestAreOther() {
        OperationNames names = new OperationNames(2);
        assertThat(names.label("AgreementSlugs")).isEqualTo("AgreementSlugs");
        assertThat(names.label(null)).isEqualTo("anonymous");
        assertThat(names.label("")).isEqualTo("anonymous");
        assertThat(names.label("_second2")).isEqualTo("_second2");
        assertThat(names.label("Third")).as("past the limit").isEqualTo("other");
        assertThat(names.label("AgreementSlugs")).as("a name already seen stays").isEqualTo("AgreementSlugs");
    }

    @Test
    void namesThatAreNotPlainAreOther() {
        OperationNames names = new OperationNames(100);
        assertThat(names.label("9lives")).isEqualTo("other");
        assertThat(names.label("a\"}\n# HELP")).isEqualTo("other");
        assertThat(names.label("é")).isEqualTo("other");
        assertThat(names.label("a".repeat(65))).isEqualTo("other");
        assertThat(names.label("a".repeat(64))).isEqualTo("a".repeat(64));
    }
}
