package dev.parallax.shingle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Re-anchoring a quote in a changed text. */
class QuoteAnchorTest {

    @Test
    void aQuoteThatMovedIsFoundAtItsNewOffset() {
        String text = "New first paragraph. The truce starts at midnight.";
        assertThat(QuoteAnchor.find(text, "at midnight", "The truce starts ", ".")).isEqualTo(text.indexOf("at midnight"));
    }

    @Test
    void theContextPicksAmongRepeatedQuotes() {
        String text = "Patrols start on March 15. Talks resume on March 15 in Ankara.";
        assertThat(QuoteAnchor.find(text, "March 15", "Talks resume on ", " in Ankara")).isEqualTo(text.lastIndexOf("March 15"));
        assertThat(QuoteAnchor.find(text, "March 15", "Patrols start on ", ". Talks")).isEqualTo(text.indexOf("March 15"));
    }

    @Test
    void aQuoteNoLongerInTheTextIsGone() {
        assertThat(QuoteAnchor.find("a seven-mile corridor", "12-kilometer", "a ", " corridor")).isEqualTo(-1);
    }
}
