package dev.parallax.engine;

/** Whether two readings match, and a few words on why ("no overlap", "1 h apart, beyond ±5 min"). */
record ValueMatch(Outcome outcome, String reason) {

    enum Outcome { AGREES, DISAGREES, NOT_COMPARABLE }

    boolean agrees() {
        return outcome == Outcome.AGREES;
    }

    boolean disagrees() {
        return outcome == Outcome.DISAGREES;
    }
}
