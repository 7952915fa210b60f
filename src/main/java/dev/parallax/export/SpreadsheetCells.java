package dev.parallax.export;

/**
 * Keeps spreadsheets from running a cell as a formula (CSV injection, OWASP): a text cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as
 * text and do not evaluate. Quoting the cell (RFC 4180) is the CSV writer's job, not this.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The text as a cell that no spreadsheet evaluates; null stays null (an empty cell). */
    public static String inert(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
