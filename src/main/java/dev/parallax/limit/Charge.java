package dev.parallax.limit;

/** Whether a request's cost was taken from its client's budget, and the allowance left. */
public record Charge(boolean accepted, Allowance allowance) {
}
