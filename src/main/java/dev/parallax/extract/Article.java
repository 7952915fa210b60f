package dev.parallax.extract;

import dev.parallax.value.DateValue;
import dev.parallax.value.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One article as every facet sees it: its text, its sentences and the values found in it before any facet is
 * considered (clock times, the dates not part of a time, and the quantities outside both), and the checkpoint every
 * step reports to.
 */
record Article(String text, Sentences sentences, List<Mention> times, List<Mention> dates, List<Mention> quantities,
               Checkpoint checkpoint) {

    Article {
        times = List.copyOf(times);
        dates = List.copyOf(dates);
        quantities = List.copyOf(quantities);
    }

    static Article read(ExtractionInput in) {
        String text = in.text();
        Checkpoint cp = in.checkpoint();
        Sentences sentences = Sentences.of(text);
        cp.passed(text.length() + 1);
        List<Dates.DateMention> found = Dates.find(text, in.referenceDate(), in.publishedOn());
        cp.passed(text.length() + found.size() + 1);
        List<Mention> times = ClockTimes.find(text, found, in);
        List<Mention> dates = outside(found, times);
        cp.passed(text.length() + found.size() + 1);
        List<Mention> taken = new ArrayList<>(times);
        taken.addAll(dates);
        List<Numbers.NumberMention> numbers = Numbers.find(text);
        cp.passed(text.length() + 1);
        List<Mention> quantities = Quantities.find(text, numbers, taken);
        cp.passed(text.length() + numbers.size() + 1);
        return new Article(text, sentences, times, dates, quantities, cp);
    }

    // "00:01 on 6 March" is one clock time: its date is not a DATE value of its own; "1 May 0000" is no value at all
    private static List<Mention> outside(List<Dates.DateMention> dates, List<Mention> times) {
        Spans taken = spans(times);
        List<Mention> out = new ArrayList<>();
        for (Dates.DateMention d : dates) {
            if (DateValue.inRange(d.date()) && !taken.overlaps(d.start(), d.end())) {
                out.add(new Mention(ValueKind.DATE, d.start(), d.end(), new DateValue(d.date()),
                        d.weekday() ? Detector.WEEKDAY : Detector.DATE));
            }
        }
        return out;
    }

    static Spans spans(List<Mention> mentions) {
        Spans spans = new Spans();
        mentions.forEach(m -> spans.add(m.start(), m.end()));
        return spans;
    }
}
