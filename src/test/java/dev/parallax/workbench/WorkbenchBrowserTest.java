package dev.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.graphql.GlobalId;
import dev.parallax.graphql.NodeType;
import dev.parallax.testing.Browser;
import dev.parallax.testing.BulkCorpus;
import dev.parallax.testing.Documents;
import dev.parallax.testing.GraphQl;
import dev.parallax.testing.LocalPages;
import dev.parallax.testing.SeedArticles;
import dev.parallax.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The workbench page and GraphiQL in headless Chromium against the seed corpus: curated verdicts in the
 * matrix, quotes highlighted at their exact offsets, adding an article, review, sign-in errors as sentences,
 * a 375 px screen and the keyboard, and no console error on any page.
 */
@QuarkusTest
class WorkbenchBrowserTest {

    private static final String DOCS = "workbench/WorkbenchBrowserTest/";
    private static final String REVIEWER = "workbench-reviewer";
    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(1400, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        if (browser == null) {
            return;
        }
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    }

    @Test
    void theSeedComparisonShowsTheCuratedVerdicts() throws Exception {
        String agreement = GraphQl.seedAgreementId();
        open("#agreement=" + agreement);
        JsonPath api = GraphQl.post(Documents.load(DOCS + "SeedComparison"), Map.of("id", agreement)).extract().jsonPath();
        List<String> sources = api.getList("data.comparison.sources.id");
        List<Map<String, Object>> rows = api.getList("data.comparison.rows");
        Map<String, Object> cells = browser.map("const r = {}; for (const td of document.querySelectorAll('td.cell'))"
                + " r[td.dataset.facet + '|' + td.dataset.source] = td.dataset.verdict + '|' + td.innerText; return r;");
        assertThat(cells).hasSize(rows.size() * sources.size());
        for (Map<String, Object> row : rows) {
            String facet = (String) ((Map<?, ?>) row.get("facet")).get("key");
            List<?> rowCells = (List<?>) row.get("cells");
            for (int i = 0; i < sources.size(); i++) {
                Map<?, ?> cell = (Map<?, ?>) rowCells.get(i);
                String shown = (String) cells.get(facet + "|" + sources.get(i));
                String verdict = (String) cell.get("verdict");
                assertThat(shown).as(facet + " / " + sources.get(i)).startsWith(verdict + "|")
                        .contains(verdict.toLowerCase(Locale.ROOT));
                for (Object claim : (List<?>) cell.get("claims")) {
                    assertThat(shown).contains((String) ((Map<?, ?>) ((Map<?, ?>) claim).get("value")).get("display"));
                }
            }
            WebElement consensus = browser.driver().findElement(By.cssSelector("tr[data-facet='" + facet + "'] td.consensus"));
            assertThat(consensus.getDomAttribute("data-consensus")).isEqualTo(row.get("consensus"));
        }
        // The README's example: on the corridor's southern depth one source says 6 km, another 3 miles.
        String south = rowText("corridor-depth-south");
        assertThat(south).contains("✓ matches", "6 km", "✗ conflicts", "3 mi", "disputed");
        browser.screenshot("matrix");

        long disputed = rows.stream().filter(r -> "DISPUTED".equals(r.get("consensus"))).count();
        browser.driver().findElement(By.id("filter-disputed")).click();
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-facet]"))).hasSize((int) disputed);
        browser.driver().findElement(By.id("filter-disputed")).click();
    }

    @Test
    void aCellOpensItsArticleWithEveryQuoteHighlightedAtItsOffsets() throws Exception {
        String agreement = GraphQl.seedAgreementId();
        open("#agreement=" + agreement);
        WebElement conflict = browser.driver().findElement(
                By.cssSelector("td.cell[data-facet='corridor-depth-south'][data-verdict='CONFLICTS'] button"));
        String source = conflict.findElement(By.xpath("..")).getDomAttribute("data-source");
        click(conflict);
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article-text mark.current")));

        JsonPath api = GraphQl.post(Documents.load(DOCS + "SourceClaims"), Map.of("id", source)).extract().jsonPath();
        String text = api.getString("data.source.text");
        assertThat(browser.script("return document.getElementById('article-text').textContent")).isEqualTo(text);
        List<Map<String, Object>> claims = api.getList("data.source.claims");
        assertThat(claims).isNotEmpty();
        for (Map<String, Object> claim : claims) {
            Map<?, ?> quote = (Map<?, ?>) claim.get("quote");
            String mark = (String) browser.script("return document.querySelector(`#article-text mark[data-claim='${arguments[0]}']`)"
                    + "?.textContent ?? null", claim.get("id"));
            assertThat(mark).as("the <mark> of claim %s", claim.get("id"))
                    .isEqualTo(quote.get("exact"))
                    .isEqualTo(text.substring((Integer) quote.get("start"), (Integer) quote.get("end")));
        }
        assertThat(browser.driver().findElement(By.cssSelector("#article-text mark.current")).getText()).isEqualTo("3 miles to the south");
        assertThat(browser.driver().findElement(By.id("cell-summary")).getText()).contains("conflicts", "3 mi ≈ 4.0–5.6 km; agreement: 6 km");
        assertThat(browser.driver().findElement(By.id("claims")).getText()).contains("History");
        browser.screenshot("article");
    }

    @Test
    void anAddedArticleShowsItsSuggestionsAtOnceWithOffsetsKeptPastRightToLeftAndCombiningText() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("workbench-add", 0));
        open("#agreement=" + agreement);
        signIn(Tokens.valid(REVIEWER, "editor"));
        String text = "مرحبا بالعالم — cafe\u0301 👋🏽 שלום\n" + SeedArticles.text(SeedArticles.S000);
        browser.driver().findElement(By.id("open-add-source")).click();
        browser.driver().findElement(By.id("source-title")).sendKeys("Added in the browser");
        browser.script("const t = document.getElementById('source-text'); t.value = arguments[0];"
                + " t.dispatchEvent(new Event('input'));", text);
        browser.driver().findElement(By.id("add-source-submit")).click();
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "suggested"));

        JsonPath sources = GraphQl.post(Documents.load(DOCS + "AgreementSources"), Map.of("id", agreement)).extract().jsonPath();
        String source = sources.getString("data.sources.nodes[0].id");
        JsonPath api = GraphQl.post(Documents.load(DOCS + "SourceClaims"), Map.of("id", source)).extract().jsonPath();
        assertThat(api.getString("data.source.text")).isEqualTo(text);
        List<Map<String, Object>> claims = api.getList("data.source.claims");
        assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(c.get("status")).isEqualTo("SUGGESTED"));
        assertThat(browser.driver().findElements(By.cssSelector("#claims li[data-status='SUGGESTED']"))).hasSize(claims.size());
        for (Map<String, Object> claim : claims) {
            Map<?, ?> quote = (Map<?, ?>) claim.get("quote");
            assertThat(browser.script("return document.querySelector(`#article-text mark[data-claim='${arguments[0]}']`)?.textContent",
                    claim.get("id"))).isEqualTo(quote.get("exact"));
        }
        assertThat(browser.driver().findElement(By.id("filter-suggested")).isSelected()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector("th.source-head[data-source='" + source + "']"))).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("td.cell[data-source='" + source + "'] .tag.suggested"))).isNotEmpty();
    }

    @Test
    void anArticleGivenOnlyByItsAddressIsFetchedAndARefusedAddressIsASentence() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("workbench-add-by-url", 0));
        String article = SeedArticles.text(SeedArticles.S001).strip();
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta property=\"og:title\" content=\"Fetched by address\"><meta property=\"og:site_name\" content=\"Page Server\">"
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>"
                + article.lines().filter(l -> !l.isBlank()).map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
                        .reduce("", String::concat)
                + "</article><footer>Terms of use</footer></body></html>";
        LocalPages server = new LocalPages();
        String story = server.serve("/story", page);
        try {
            open("#agreement=" + agreement);
            signIn(Tokens.valid(REVIEWER, "editor"));
            browser.driver().findElement(By.id("open-add-source")).click();
            browser.driver().findElement(By.id("source-url")).sendKeys("http://10.0.0.1/story");
            browser.driver().findElement(By.id("add-source-submit")).click();
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("add-source-error")));
            assertThat(browser.driver().findElement(By.id("add-source-error")).getText()).contains("may not fetch that address");

            WebElement url = browser.driver().findElement(By.id("source-url"));
            url.clear();
            url.sendKeys(story);
            browser.driver().findElement(By.id("add-source-submit")).click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "suggested"));
        } finally {
            server.close();
        }
        JsonPath sources = GraphQl.post(Documents.load(DOCS + "AgreementSources"), Map.of("id", agreement)).extract().jsonPath();
        String source = sources.getString("data.sources.nodes[0].id");
        String stored = GraphQl.post(Documents.load(DOCS + "SourceClaims"), Map.of("id", source)).extract().jsonPath()
                .getString("data.source.text");
        assertThat(stored).contains("3 miles to the south").doesNotContain("Terms of use");
        assertThat(browser.driver().findElement(By.cssSelector("th.source-head[data-source='" + source + "']")).getText())
                .contains("Fetched by address");
        assertThat(browser.driver().findElement(By.id("article-text")).getText()).contains("3 miles to the south");
    }

    @Test
    void confirmingASuggestionChangesItsStateForEveryPageAndABadTokenIsASentence() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("workbench-confirm", 0));
        JsonPath added = GraphQl.post(Documents.load(DOCS + "AddSource"), Map.of("input",
                Map.of("agreementId", agreement, "text", SeedArticles.text(SeedArticles.S001)))).extract().jsonPath();
        String source = added.getString("data.addSource.source.id");
        String claim = added.getString("data.addSource.claims[0].id");
        String page = "#agreement=" + agreement + "&source=" + source;
        open(page);
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#claims li[data-claim='" + claim + "']")));

        signIn(Tokens.wronglySigned(REVIEWER, "editor"));
        click(confirmButton(claim));
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#alert [data-code='UNAUTHENTICATED']")));
        assertThat(browser.driver().findElement(By.id("alert")).getText()).contains("your token is not valid");
        assertThat(status(claim)).isEqualTo("SUGGESTED");

        signIn(Tokens.valid(REVIEWER, "editor"));
        click(confirmButton(claim));
        browser.await(d -> "CONFIRMED".equals(status(claim)));
        assertThat(browser.driver().findElement(By.id("alert")).isDisplayed()).isFalse();
        JsonPath stored = GraphQl.post(Documents.load(DOCS + "ClaimReview"), Map.of("id", claim)).extract().jsonPath();
        assertThat(stored.getString("data.node.status")).isEqualTo("CONFIRMED");
        assertThat(stored.getList("data.node.history.actor")).contains(REVIEWER);

        String first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        try {
            open(page);
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#claims li[data-claim='" + claim + "']")));
            assertThat(status(claim)).isEqualTo("CONFIRMED");
            assertThat(browser.driver().findElement(By.cssSelector("#claims li[data-claim='" + claim + "'] .history summary"))
                    .getText()).isEqualTo("History (2 changes)");
            assertThat(browser.consoleErrors()).as("console errors of the second page").isEmpty();
        } finally {
            browser.driver().close();
            browser.driver().switchTo().window(first);
        }
    }

    @Test
    void aConfirmInOnePageUpdatesTheMatrixInAnotherThroughTheSubscriptionWithoutReload() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("workbench-live", 0));
        JsonPath added = GraphQl.post(Documents.load(DOCS + "AddSourceWithFacets"), Map.of("input",
                Map.of("agreementId", agreement, "text", SeedArticles.text(SeedArticles.S002)))).extract().jsonPath();
        String source = added.getString("data.addSource.source.id");
        String claim = added.getString("data.addSource.claims[0].id");
        String facet = added.getString("data.addSource.claims[0].facet.key");
        By cell = By.cssSelector("#matrix td.cell[data-facet='" + facet + "'][data-source='" + source + "']");

        open("#agreement=" + agreement);
        browser.await(d -> "live".equals(browser.script("return document.body.dataset.live")));
        assertThat(browser.driver().findElement(cell).getDomAttribute("data-verdict")).isEqualTo("OMITS");
        browser.script("window.notReloaded = true");
        String watcher = browser.driver().getWindowHandle();

        browser.driver().switchTo().newWindow(WindowType.TAB);
        try {
            open("#agreement=" + agreement + "&source=" + source);
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#claims li[data-claim='" + claim + "']")));
            signIn(Tokens.valid(REVIEWER, "editor"));
            click(confirmButton(claim));
            browser.await(d -> "CONFIRMED".equals(status(claim)));
            assertThat(browser.consoleErrors()).as("console errors of the reviewing page").isEmpty();
        } finally {
            browser.driver().close();
            browser.driver().switchTo().window(watcher);
        }
        browser.await(d -> !"OMITS".equals(browser.driver().findElement(cell).getDomAttribute("data-verdict")));
        assertThat(browser.script("return window.notReloaded === true")).isEqualTo(true);
        assertThat(browser.driver().findElement(By.id("status")).getText()).contains("updated with a change made elsewhere");
    }

    @Test
    void selectedTextBecomesTheQuoteSpanOfANewClaimInUtf16Offsets() throws Exception {
        String agreement = GlobalId.of(NodeType.Agreement, BulkCorpus.ensure("workbench-select", 0));
        String text = "שלום e\u0301 👋🏽 مرحبا\n" + SeedArticles.text(SeedArticles.S002);
        String source = GraphQl.post(Documents.load(DOCS + "AddSource"), Map.of("input", Map.of("agreementId", agreement, "text", text)))
                .extract().jsonPath().getString("data.addSource.source.id");
        List<Map<String, Object>> before = claimsOf(source);
        open("#agreement=" + agreement + "&source=" + source);
        signIn(Tokens.valid(REVIEWER, "editor"));
        String words = "Idlib";
        int start = text.indexOf(words);
        select(start, start + words.length());
        assertThat(browser.driver().findElement(By.id("span-start")).getDomProperty("value")).isEqualTo(String.valueOf(start));
        assertThat(browser.driver().findElement(By.id("span-end")).getDomProperty("value")).isEqualTo(String.valueOf(start + words.length()));
        assertThat(browser.driver().findElement(By.id("span-preview")).getText()).contains("“" + words + "”");

        click(browser.driver().findElement(By.cssSelector("#add-claim-details summary")));
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("claim-facet"))).selectByValue("idlib-location");
        WebElement name = browser.driver().findElement(By.id("value-name"));
        assertThat(name.getDomProperty("value")).isEqualTo(words);
        click(browser.driver().findElement(By.cssSelector("#add-claim-form button[type='submit']")));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "The claim was added."));

        List<Map<String, Object>> after = claimsOf(source);
        assertThat(after).hasSize(before.size() + 1);
        after.removeIf(c -> before.stream().anyMatch(b -> b.get("id").equals(c.get("id"))));
        assertThat(after.get(0).get("quote")).isEqualTo(Map.of("exact", words, "start", start, "end", start + words.length()));
        String added = (String) browser.script("return document.querySelector(`#article-text mark[data-start='${arguments[0]}']"
                + "[data-end='${arguments[1]}']`)?.textContent", start, start + words.length());
        assertThat(added).isEqualTo(words);

        // Correcting the quote: select other words, then "Use selected text as its quote" on the new claim.
        String claim = (String) after.get(0).get("id");
        String wider = text.substring(start, text.indexOf(' ', start + words.length() + 1));
        select(start, start + wider.length());
        click(browser.driver().findElement(By.cssSelector("#claims li[data-claim='" + claim + "'] button[data-action='correct-span']")));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "corrected"));
        Map<?, ?> corrected = claimsOf(source).stream().filter(c -> c.get("id").equals(claim)).findFirst().orElseThrow();
        assertThat(corrected.get("quote")).isEqualTo(Map.of("exact", wider, "start", start, "end", start + wider.length()));

        // Correcting its value: type it under the claim form, then "Give it the point and value above" on the claim.
        click(browser.driver().findElement(By.cssSelector("#add-claim-details summary")));
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("claim-facet"))).selectByValue("idlib-location");
        WebElement place = browser.driver().findElement(By.id("value-name"));
        place.clear();
        place.sendKeys("Idlib province");
        click(browser.driver().findElement(By.cssSelector("#claims li[data-claim='" + claim + "'] button[data-action='correct-value']")));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "point and value were corrected"));
        Map<?, ?> revalued = claimsOf(source).stream().filter(c -> c.get("id").equals(claim)).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) revalued.get("value")).get("display")).isEqualTo("Idlib province");
        assertThat(((Map<?, ?>) revalued.get("facet")).get("key")).isEqualTo("idlib-location");
        assertThat(revalued.get("quote")).isEqualTo(corrected.get("quote"));
    }

    /** Selects the text from start to end (UTF-16 offsets) in the article as a user would, across the <mark>s, and lets go of the mouse. */
    private void select(int start, int end) {
        browser.script("const box = document.getElementById('article-text'); const at = offset => {"
                + " const walk = document.createTreeWalker(box, NodeFilter.SHOW_TEXT); let seen = 0;"
                + " for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
                + "  if (offset <= seen + n.data.length) return [n, offset - seen]; seen += n.data.length; } };"
                + " const range = document.createRange(); range.setStart(...at(arguments[0])); range.setEnd(...at(arguments[1]));"
                + " getSelection().removeAllRanges(); getSelection().addRange(range);"
                + " box.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));", start, end);
    }

    @Test
    void aMissingArticleIsASentenceBesideTheComparisonNotABlankPage() throws Exception {
        String missing = GlobalId.of(NodeType.Source, 987_654_321L);
        browser.driver().get("about:blank");
        browser.driver().get(page("/#agreement=" + GraphQl.seedAgreementId() + "&source=" + missing));
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#alert [data-code='NOT_FOUND']")));
        assertThat(browser.driver().findElement(By.id("alert")).getText()).startsWith("It was not found");
        assertThat(browser.driver().findElements(By.cssSelector("td.cell"))).isNotEmpty();
    }

    @Test
    void worksOnA375PixelScreenAndByKeyboardAlone() throws Exception {
        WebDriver driver = browser.driver();
        Dimension wide = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(375, 800));
        try {
            open("#agreement=" + GraphQl.seedAgreementId());
            assertThat(browser.script("return [...document.querySelectorAll('body *')].filter(e =>"
                    + " e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.matrix-scroll'))"
                    + ".map(e => e.tagName + '#' + e.id + '.' + e.className)"))
                    .as("elements sticking out of a 375 px screen (the matrix scrolls inside its box)").asList().isEmpty();
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            WebElement active = driver.switchTo().activeElement();
            for (int i = 0; i < 80 && !String.valueOf(active.getDomAttribute("class")).contains("cell-button"); i++) {
                active.sendKeys(Keys.TAB);
                active = driver.switchTo().activeElement();
            }
            assertThat(active.getDomAttribute("class")).contains("cell-button");
            active.sendKeys(Keys.ENTER);
            browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("article-panel")));
            assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("article-panel");
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("article-panel")));
            assertThat(driver.switchTo().activeElement().getDomAttribute("class")).contains("cell-button");
        } finally {
            driver.manage().window().setSize(wide);
        }
    }

    @Test
    void graphiqlRunsTheReadmeExampleWithoutAnError() throws Exception {
        Matcher example = Pattern.compile("## Example\\s+```graphql\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("README.md")));
        assertThat(example.find()).as("the README's example query").isTrue();
        String variables = "{\"id\": \"" + GraphQl.seedAgreementId() + "\"}";
        browser.driver().get(page("/q/graphql-ui/?query=" + encode(example.group(1)) + "&variables=" + encode(variables)));
        browser.await(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button"))).click();
        String result = browser.await(d -> {
            Object shown = browser.script("return document.querySelector('.result-window')?.innerText ?? ''");
            return shown.toString().contains("\"data\"") || shown.toString().contains("\"errors\"") ? shown.toString() : null;
        });
        assertThat(result).contains("corridor-depth-south").doesNotContain("\"errors\"");
    }

    private void open(String fragment) throws Exception {
        browser.driver().get("about:blank"); // a change of the #fragment alone would not load the page again
        browser.driver().get(page("/" + fragment));
        browser.await(d -> browser.script("return document.body.dataset.ready === 'true' || !document.getElementById('alert').hidden"));
        assertThat(browser.driver().findElement(By.id("alert")).isDisplayed()).as("an error on load").isFalse();
    }

    private void signIn(String token) {
        WebElement details = browser.driver().findElement(By.id("sign-in-details"));
        if (details.getDomProperty("open") == null || !Boolean.parseBoolean(details.getDomProperty("open"))) {
            details.findElement(By.tagName("summary")).click();
        }
        WebElement input = browser.driver().findElement(By.id("token"));
        input.clear();
        input.sendKeys(token);
        input.sendKeys(Keys.ENTER);
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), "Signed in as " + REVIEWER));
    }

    /** Scrolls the element to the middle of its scroll boxes first, so sticky headers cannot cover it. */
    private void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
        element.click();
    }

    private WebElement confirmButton(String claim) {
        return browser.driver().findElement(By.cssSelector("#claims li[data-claim='" + claim + "'] button[data-action='confirm']"));
    }

    private String status(String claim) {
        // In one script: the list is drawn anew after each change, so a found element may be gone a moment later.
        return (String) browser.script("return document.querySelector(`#claims li[data-claim='${arguments[0]}']`)?.dataset.status ?? null", claim);
    }

    private static List<Map<String, Object>> claimsOf(String source) {
        return new java.util.ArrayList<>(GraphQl.post(Documents.load(DOCS + "SourceClaims"), Map.of("id", source))
                .extract().jsonPath().getList("data.source.claims"));
    }

    private String rowText(String facet) {
        return browser.driver().findElement(By.cssSelector("tr[data-facet='" + facet + "']")).getText();
    }

    /** The address of path (with its query or fragment) on the server under test. */
    private String page(String path) throws Exception {
        return root.toURI().resolve(path).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
