package dev.parallax.limit;

import java.util.function.LongSupplier;

/** One client's handle on its budget for a request: the limits of its kind (token or anonymous) applied to its state. */
public final class Client {

    private final ClientId id;
    private final ClientState state;
    private final long pointsPerMinute;
    private final int maxConcurrent;
    private final LongSupplier clock;

    Client(ClientId id, ClientState state, long pointsPerMinute, int maxConcurrent, LongSupplier clock) {
        this.id = id;
        this.state = state;
        this.pointsPerMinute = pointsPerMinute;
        this.maxConcurrent = maxConcurrent;
        this.clock = clock;
    }

    public ClientId id() {
        return id;
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    /** Takes a slot for a request in progress; false when the client already has its maximum. */
    public boolean enter() {
        return state.enter(maxConcurrent);
    }

    /** Gives the slot back. */
    public void leave() {
        state.leave();
    }

    public Allowance allowance() {
        return state.allowance(pointsPerMinute, clock.getAsLong());
    }

    /** Takes {@code points} from the budget, or nothing when they exceed what is left. */
    public Charge charge(long points) {
        return state.charge(points, pointsPerMinute, clock.getAsLong());
    }

    public long now() {
        return clock.getAsLong();
    }
}
