package dev.parallax.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The page reader's metadata and text on the saved pages and on small hand-made ones. */
class PageReaderTest {

    @Test
    void jsonLdNewsArticleGivesHeadlineAuthorDateAndOpenGraphTheOutlet() {
        ReadPage page = PageReader.read(SavedPages.html("harbour-herald"), null);
        assertThat(page.headline()).isEqualTo("Russia and Turkey agree Idlib ceasefire after Moscow talks");
        assertThat(page.outlet()).isEqualTo("Harbour Herald");
        assertThat(page.author()).isEqualTo("Jane Whitlock");
        assertThat(page.publishedOn()).isEqualTo(LocalDate.of(2020, 3, 5));
        assertThat(page.language()).isEqualTo("en-GB");
        assertThat(page.text()).startsWith("Russia and Turkey have agreed a ceasefire").contains("\n\nThe ceasefire will take effect");
    }

    @Test
    void anArticleInsideAGraphArrayWithSeveralAuthorsIsFound() {
        ReadPage page = PageReader.read(SavedPages.html("meridian-wire"), null);
        assertThat(page.author()).isEqualTo("Omar Haddad, Lena Fischer");
        // 01:15 at +03:00 is still 6 March where it was written.
        assertThat(page.publishedOn()).isEqualTo(LocalDate.of(2020, 3, 6));
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.outlet()).isEqualTo("Meridian Wire");
    }

    @Test
    void aTopLevelArrayWithATypeListAndABrokenBlockBesideIt() {
        ReadPage page = PageReader.read(SavedPages.html("daily-compass"), null);
        assertThat(page.author()).isEqualTo("Sam Porter");
        assertThat(page.publishedOn()).isEqualTo(LocalDate.of(2020, 3, 5));
        assertThat(page.headline()).isEqualTo("Idlib ceasefire: Erdogan and Putin strike deal");
    }

    @Test
    void openGraphAloneAndAnAuthorThatIsAUrlIsLeftOut() {
        ReadPage page = PageReader.read(SavedPages.html("le-quotidien"), null);
        assertThat(page.outlet()).isEqualTo("Le Quotidien du Levant");
        assertThat(page.language()).isEqualTo("fr");
        assertThat(page.author()).isNull();
        assertThat(page.publishedOn()).isEqualTo(LocalDate.of(2020, 3, 5));
    }

    @Test
    void aWebPageObjectIsNotAnArticleAndOpenGraphWins() {
        ReadPage page = PageReader.read(SavedPages.html("levant-post"), null);
        assertThat(page.headline()).isEqualTo("Turkey, Russia agree on Idlib truce, joint patrols on M4");
        assertThat(page.outlet()).isEqualTo("Levant Post");
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.author()).isNull();
    }

    @Test
    void aPageWithoutMetadataGivesNullsNotGuesses() {
        ReadPage page = PageReader.read("<html><body><p>Just one paragraph of text that is long enough to count.</p></body></html>", null);
        assertThat(page.text()).isEqualTo("Just one paragraph of text that is long enough to count.");
        assertThat(page.headline()).isNull();
        assertThat(page.outlet()).isNull();
        assertThat(page.author()).isNull();
        assertThat(page.publishedOn()).isNull();
        assertThat(page.language()).isNull();
    }

    @Test
    void aPageWithoutParagraphsHasNoText() {
        assertThat(PageReader.read("<html><body><nav><a href=/>Home</a></nav></body></html>", null).text()).isEmpty();
    }
}
