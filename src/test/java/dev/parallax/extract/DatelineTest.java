package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.value.NameEntry;
import dev.parallax.value.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A place name that opens a line as a dateline or kicker is where the report was filed, not a claim. */
class DatelineTest {

    private final NameFinder places = new NameFinder(ValueKind.PLACE, List.of(new NameEntry("Lakeside", List.of())));

    @Test
    void skipsCapitalisedDatelinesAndDatedOnesButKeepsTheNameInTheStory() {
        String text = "LAKESIDE, NORTHLAND - The pact signed in Lakeside holds.\nLakeside, July 15 (Wire) - Lakeside again.\n"
                + "Lakeside: a kicker\nLakeside hosts the centre.";
        List<Integer> starts = places.find(text).stream().map(Mention::start).toList();
        assertThat(starts).containsExactly(text.indexOf("in Lakeside") + 3, text.indexOf("- Lakeside again") + 2,
                text.lastIndexOf("Lakeside hosts"));
    }

    @Test
    void aNameInCapitalsInsideALineIsKept() {
        String text = "Talks moved to LAKESIDE - the lake town.";
        assertThat(places.find(text)).hasSize(1);
    }
}
