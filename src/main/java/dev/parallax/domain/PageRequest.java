package dev.parallax.domain;

/** One page of a list in ID order: at most {@code first} items after the item with ID {@code afterId} (0: from the start). */
public record PageRequest(int first, long afterId) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (first < 1 || first > MAX_SIZE) {
            throw new InvalidInputException("first must be between 1 and " + MAX_SIZE + ", was " + first);
        }
        if (afterId < 0) {
            throw new InvalidInputException("A page cannot start after a negative ID");
        }
    }
}
