package dev.parallax.graphql;

/** A validated {@code first}/{@code after} pair. */
public record PageRequest(int first, long afterId) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1 || size > MAX_SIZE) {
            throw new BadUserInputException("first must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        return new PageRequest(size, Cursor.decode(after));
    }
}
