package dev.parallax.limit;

/** One client's spending in its current one-minute window and its requests in progress. */
final class ClientState {

    static final long WINDOW_MILLIS = 60_000;

    private long windowStart = Long.MIN_VALUE;
    private long used;
    private int inFlight;

    synchronized boolean enter(int maxConcurrent) {
        if (inFlight >= maxConcurrent) {
            return false;
        }
        inFlight++;
        return true;
    }

    synchronized void leave() {
        if (inFlight > 0) {
            inFlight--;
        }
    }

    synchronized int inFlight() {
        return inFlight;
    }

    /** Spends {@code cost} if the window still holds it; the allowance after (or, refused, as it stands). */
    synchronized Charge charge(long cost, long limit, long now) {
        roll(now);
        if (used + cost > limit) {
            return new Charge(false, allowance(limit, now));
        }
        if (windowStart == Long.MIN_VALUE) {
            windowStart = now;
        }
        used += cost;
        return new Charge(true, allowance(limit, now));
    }

    synchronized Allowance allowance(long limit, long now) {
        roll(now);
        long reset = windowStart == Long.MIN_VALUE ? now + WINDOW_MILLIS : windowStart + WINDOW_MILLIS;
        return new Allowance(limit, used, reset);
    }

    private void roll(long now) {
        if (windowStart != Long.MIN_VALUE && now >= windowStart + WINDOW_MILLIS) {
            windowStart = Long.MIN_VALUE;
            used = 0;
        }
    }
}
