package io.hsmlog.bench.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Exchanges of several lines (a client connects, works, disconnects) whose lines are spread among other traffic,
 * as on a busy appliance: each call emits the next line of one open exchange, opening a new one now and then.
 */
final class Conversations {
    /** A line waiting for its timestamp. */
    interface Pending {
        String at(String timestamp);
    }

    private final SplittableRandom rng;
    private final int typicalOpen;
    private final List<Deque<Pending>> open = new ArrayList<>();

    Conversations(SplittableRandom rng, int typicalOpen) {
        this.rng = rng;
        this.typicalOpen = typicalOpen;
    }

    /** Whether the next line should open a new exchange rather than continue one. */
    boolean wantsNew() {
        return open.isEmpty() || (open.size() < typicalOpen && rng.nextInt(4) == 0);
    }

    void start(List<Pending> lines) {
        if (!lines.isEmpty()) open.add(new ArrayDeque<>(lines));
    }

    /** The next line of a randomly chosen open exchange. */
    String next(String timestamp) {
        int i = rng.nextInt(open.size());
        Deque<Pending> exchange = open.get(i);
        String line = exchange.poll().at(timestamp);
        if (exchange.isEmpty()) {
            open.set(i, open.get(open.size() - 1)); // order among open exchanges does not matter
            open.remove(open.size() - 1);
        }
        return line;
    }
}
