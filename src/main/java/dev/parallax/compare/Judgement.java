package dev.parallax.compare;

import java.util.List;

/** A cell together with the readings it rests on, which the consensus compares across sources. */
record Judgement(Cell cell, List<Reading> readings) {

    Judgement {
        readings = List.copyOf(readings);
    }
}
