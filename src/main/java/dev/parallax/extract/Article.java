package dev.parallax.extract;

import dev.parallax.value.DateValue;
import dev.parallax.value.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One article as every facet sees it: its text, its sentences and the values found in it before any facet is
 * considered (clock times, the dates not part of a time, and the quantities outside both).
 */
record Article(String text, Sentences sentences, List<Mention> times, List<Mention> dates, List<Mention> quantities) {

    Article {
        times = List.copyOf(times);
        dates = List.copyOf(dates);
        quantities = List.copyOf(quantities);
    }

    static Article read(ExtractionInput in) {
        String text = in.text();
        Sentences sentences = Sentences.of(text);
        List<Dates.DateMention> found = Dates.find(text, in.referenceDate(), in.publishedOn());
        List<Mention> times = ClockTimes.find(text, found, in);
        List<Mention> dates = outside(found, times);
        List<Mention> taken = new ArrayList<>(times);
        taken.addAll(dates);
        return new Article(text, sentences, times, dates, Quantities.find(text, Numbers.find(text), taken));
    }

    // "00:01 on 6 March" is one clock time: its date is not a DATE value of its own; "1 May 0000" is no value at all
    private static List<Mention> outside(List<Dates.DateMention> dates, List<Mention> times) {
        List<Mention> out = new ArrayList<>();
        for (Dates.DateMention d : dates) {
            if (DateValue.inRange(d.date()) && times.stream().noneMatch(t -> t.overlaps(d.start(), d.end()))) {
                out.add(new Mention(ValueKind.DATE, d.start(), d.end(), new DateValue(d.date()),
                        d.weekday() ? Detector.WEEKDAY : Detector.DATE));
            }
        }
        return out;
    }
}
