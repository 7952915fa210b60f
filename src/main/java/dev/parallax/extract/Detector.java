package dev.parallax.extract;

/**
 * What found a value: the name a suggestion's {@code rule} starts with and the confidence it starts from before the
 * facet's hints add to it.
 */
enum Detector {
    COUNT("count", 0.5),
    LENGTH("length", 0.5),
    DURATION("duration", 0.5),
    DURATION_INDEFINITE("duration-indefinite", 0.5),
    PERCENT("percent", 0.5),
    MASS("mass", 0.5),
    CLOCK("clock", 0.5),
    CLOCK_WORD("clock-word", 0.5),
    DATE("date", 0.5),
    WEEKDAY("weekday", 0.5),
    NAME("name", 0.6),
    ASSERTION("assertion", 0.6),
    TEXT("text", 0.5);

    private final String label;
    private final double confidence;

    Detector(String label, double confidence) {
        this.label = label;
        this.confidence = confidence;
    }

    /** The rule name, as stored with a suggestion. */
    String label() {
        return label;
    }

    double confidence() {
        return confidence;
    }

    /** A facet's own {@code texts} phrase is specific enough to stand without a cue; any other value needs one. */
    boolean needsCue() {
        return this != TEXT;
    }
}
