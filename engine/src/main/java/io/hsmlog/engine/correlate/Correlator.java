package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.correlation.Correlation;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.time.SessionPseudoClock;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;

/**
 * Joins the assessed lines of one stream into incidents. Feed it every assessment in input order; it returns the
 * findings each line completes. Not thread-safe: one correlator per stream.
 *
 * <p>Time is the log's: each timestamped line moves a pseudo clock to its time, so a week of logs replays in
 * seconds and windows close as log time passes. The clock never goes back: a line logged earlier than the one
 * before it (another host's clock, a log collector's delay) counts as logged at the later time, and a line without
 * a timestamp at the last time seen. Only lines some correlation refers to are inserted, and each is removed once
 * no correlation can use it any more, so memory follows the incidents in progress, not the length of the log.
 *
 * <p>At the end of input, {@link #finish()} lets every window run out: an absence whose window was still open is
 * reported then, marked {@link Finding#open()}. Sequences still incomplete are not incidents and are not reported.
 */
public final class Correlator {
    private record Kept(long dueMillis, long seq, FactHandle handle) {
    }

    private final CorrelationBase base;
    private final KieSession session;
    private final SessionPseudoClock clock;
    private final Hits hits;
    private final PriorityQueue<Kept> kept =
            new PriorityQueue<>(Comparator.comparingLong(Kept::dueMillis).thenComparingLong(Kept::seq));
    private long now;
    private long seq;
    private boolean finished;

    Correlator(CorrelationBase base, KieSession session, Hits hits) {
        this.base = base;
        this.session = session;
        this.hits = hits;
        this.clock = session.getSessionClock();
        this.now = clock.getCurrentTime();
    }

    /** Takes the next line of the stream; returns the findings it completes, or that its time closes. */
    public List<Finding> accept(Assessment a) {
        requireOpen();
        List<Finding> out = new ArrayList<>(0);
        if (a.timestamp() != null) advance(millis(a.timestamp()), out, false);
        Relevance relevance = base.relevance();
        if (relevance.irrelevant(a)) return out;
        Occurrence o = new Occurrence(seq + 1, now, a);
        long keep = relevance.keepMillis(o);
        if (keep < 0) return out;
        seq++;
        hits.phase(Hits.Phase.INSERTING, o, now);
        FactHandle handle = session.insert(o);
        session.fireAllRules();
        kept.add(new Kept(now + keep, o.getSeq(), handle));
        report(out, false);
        return out;
    }

    /**
     * Lets log time run on to {@code time} without a line, for a live stream that has gone quiet: windows that
     * close by then are reported. Earlier times change nothing.
     */
    public List<Finding> advanceTo(LocalDateTime time) {
        requireOpen();
        List<Finding> out = new ArrayList<>(0);
        advance(millis(time), out, false);
        return out;
    }

    /**
     * Ends the stream: lets every window run out and reports what was still waiting, marked open. The correlator
     * cannot be used afterwards.
     */
    public List<Finding> finish() {
        requireOpen();
        List<Finding> out = new ArrayList<>(0);
        advance(now + base.longestWindowMillis() + 1, out, true);
        finished = true;
        session.dispose();
        return out;
    }

    /** How many lines the session holds now. */
    public long factCount() {
        return finished ? 0 : session.getFactCount();
    }

    private void advance(long to, List<Finding> out, boolean ending) {
        if (to <= now) return;
        clock.advanceTime(to - now, TimeUnit.MILLISECONDS);
        now = to;
        hits.phase(Hits.Phase.ADVANCING, null, now);
        session.fireAllRules();
        report(out, ending);
        removeDue();
    }

    /** Removes the lines no correlation can use any more. What the rules do meanwhile is not a finding. */
    private void removeDue() {
        if (kept.isEmpty() || kept.peek().dueMillis() >= now) return;
        hits.phase(Hits.Phase.REMOVING, null, now);
        while (!kept.isEmpty() && kept.peek().dueMillis() < now) {
            FactHandle h = kept.poll().handle();
            // The engine's own expiry is later than ours, but a jump of the clock can let it go first.
            if (session.getObject(h) != null) session.delete(h);
        }
        session.fireAllRules();
        hits.drain();
        hits.phase(Hits.Phase.IDLE, null, now);
    }

    private void report(List<Finding> out, boolean open) {
        for (Hits.Hit hit : hits.drain()) {
            Correlation c = base.correlation(hit.rule());
            boolean resolution = !c.id().equals(hit.rule());
            out.add(new FindingBuilder(c, resolution, hit).build(open));
        }
        hits.phase(Hits.Phase.IDLE, null, now);
    }

    private void requireOpen() {
        if (finished) throw new IllegalStateException("the correlator has finished its stream");
    }

    private static long millis(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
