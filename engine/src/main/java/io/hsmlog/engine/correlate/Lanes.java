package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One stream's correlation split by appliance into lanes that can run at the same time: every correlation joins
 * the lines of one host only, so each lane is a {@link Correlator} of its own that sees only its hosts' lines.
 * Each lane must be fed its lines in input order, and one lane by one thread at a time; different lanes need no
 * coordination. The findings a line completes come from its own lane, so they are what one correlator would
 * have found.
 */
public final class Lanes {
    private final Correlator[] lanes;

    Lanes(CorrelationBase base, int count) {
        if (count < 1) throw new IllegalArgumentException("lanes: " + count);
        lanes = new Correlator[count];
        for (int i = 0; i < count; i++) lanes[i] = new Correlator(base);
    }

    public int count() {
        return lanes.length;
    }

    /** The lane of the line's appliance; lines without a host share one lane. */
    public int laneOf(Assessment a) {
        String host = a.event().host();
        return host == null ? 0 : Math.floorMod(host.hashCode(), lanes.length);
    }

    /** Takes the next line of lane {@code lane}; returns the findings it completes, or that its time closes. */
    public List<Finding> accept(int lane, Assessment a) {
        return lanes[lane].accept(a);
    }

    /**
     * Ends the stream once every lane has had all its lines: what was still waiting, marked open, appliance by
     * appliance in the order they first logged, as one correlator reports it.
     */
    public List<Finding> finish() {
        List<Correlator.Ended> ended = new ArrayList<>();
        for (Correlator c : lanes) ended.addAll(c.finishEach());
        ended.sort(Comparator.comparingLong(Correlator.Ended::firstLine));
        List<Finding> out = new ArrayList<>(0);
        for (Correlator.Ended e : ended) out.addAll(e.findings());
        return out;
    }
}
