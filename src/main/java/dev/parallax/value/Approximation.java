package dev.parallax.value;

/** How loosely a quantity was stated ("about", "nearly", "over", ...). */
public enum Approximation {
    EXACT, ABOUT, NEARLY, OVER, AT_LEAST, UP_TO, UNDER
}
