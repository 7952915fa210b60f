package dev.parallax.engine;

import java.util.List;

/** A cell together with the readings it rests on, which the consensus compares across sources. */
record Judgement(Cell cell, List<Reading> readings) {

    Judgement {
        readings = List.copyOf(readings);
    }
}
