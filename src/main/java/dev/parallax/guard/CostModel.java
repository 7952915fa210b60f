package dev.parallax.guard;

/**
 * The sizes {@link QueryCost} assumes where a document does not state them: lists the schema does not page, and the
 * agreement a comparison runs over (its facets and sources) when the query does not name them.
 */
public record CostModel(int agreements, int facetsPerAgreement, int sourcesPerAgreement, int claimsPerCell, int listSize) {

    /** Page size of {@code claims} and {@code sources} when {@code first} is not given, and its largest value. */
    public static final int DEFAULT_PAGE = 20;
    public static final int MAX_PAGE = 100;

    public static final CostModel DEFAULTS = new CostModel(10, 40, 25, 3, 10);

    public CostModel {
        if (agreements < 1 || facetsPerAgreement < 1 || sourcesPerAgreement < 1 || claimsPerCell < 1 || listSize < 1) {
            throw new IllegalArgumentException("cost model sizes must all be at least 1");
        }
    }
}
