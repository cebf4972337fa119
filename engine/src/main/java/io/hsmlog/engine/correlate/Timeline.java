package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;
import io.hsmlog.knowledge.correlation.Correlation;
import org.drools.core.common.InternalWorkingMemory;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.time.SessionPseudoClock;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;

/**
 * One appliance's log in time: its own Fusion session, driven by a pseudo clock that follows the appliance's own
 * timestamps, so that a week of logs replays in seconds and windows close as the appliance's log time passes.
 * Not thread-safe; {@link Correlator} keeps one per host.
 *
 * <p>The clock never goes back: a line logged earlier than the one before it (a log collector's delay) counts as
 * logged at the later time, and a line without a timestamp at the last time seen. The clock stays a millisecond
 * behind the latest line, so that every line of one second is in before a window ending at that second closes:
 * windows include their end. Only lines some correlation refers to are inserted, and each is removed once no
 * correlation can use it any more, so memory follows the incidents in progress, not the length of the log.
 */
final class Timeline {
    /** How late a line can arrive: collectors and relays delay lines by seconds, a busy one by minutes. */
    static final long LATE_MILLIS = 3_600_000L;

    /** An occurrence to remove at {@code dueMillis}, unless its keep was extended since. */
    private record Kept(long dueMillis, Occurrence occurrence, FactHandle handle) {
    }

    private final CorrelationBase base;
    private final KieSession session;
    private final SessionPseudoClock clock;
    private final Hits hits;
    private final Successors.Links links;
    /** Due first, then inserted first; one comparison rather than composed comparators, which cost on the quick JIT. */
    private final PriorityQueue<Kept> kept = new PriorityQueue<>((a, b) -> {
        int due = Long.compare(a.dueMillis(), b.dueMillis());
        return due != 0 ? due : Long.compare(a.occurrence().getSeq(), b.occurrence().getSeq());
    });
    /** The latest log time seen, a line's or one {@link #advanceTo} was told: what lines are stamped with. */
    private long latest;
    /** The latest time a line was logged at: what a line that starts the log over is told apart by. */
    private long latestLine = Long.MIN_VALUE;
    /** The session's clock: a millisecond behind {@link #latest}. */
    private long clockAt;
    /** When the session's next timer falls due, in log time; none yet. */
    private long nextTimer = Long.MAX_VALUE;
    private long seq;
    private boolean finished;
    private LocalDateTime lastLineTime;
    private long lastLineMillis;
    /** What a line completes, gathered here rather than in a new list for each line, as most complete nothing. */
    private final List<Finding> found = new ArrayList<>();

    Timeline(CorrelationBase base, KieSession session, Hits hits, Successors.Links links) {
        this.base = base;
        this.session = session;
        this.hits = hits;
        this.links = links;
        this.clock = session.getSessionClock();
        this.clockAt = clock.getCurrentTime();
        this.latest = clockAt;
    }

    /**
     * True when the line is more than {@link #LATE_MILLIS} older than the latest line: the appliance's log
     * started over (a file given twice, rotated files out of order, a clock set back), rather than a line
     * arriving late. Counted as late, such lines would all stand at one instant and no window would close.
     * Compared with lines only, not with times {@link #advanceTo} was told: a live stream's wall clock may be
     * hours off an appliance's.
     */
    boolean startsOver(Assessment a) {
        return a.timestamp() != null && latestLine != Long.MIN_VALUE && lineMillis(a.timestamp()) < latestLine - LATE_MILLIS;
    }

    /** Takes the next line of the appliance; returns the findings it completes, or that its time closes. */
    List<Finding> accept(Assessment a) {
        requireOpen();
        List<Finding> out = found;
        if (a.timestamp() != null) {
            long at = lineMillis(a.timestamp());
            latestLine = Math.max(latestLine, at);
            moveTo(at, out);
        }
        Relevance relevance = base.relevance();
        if (!relevance.irrelevant(a)) {
            Occurrence o = new Occurrence(seq + 1, latest, a);
            long keep = relevance.keepMillis(o);
            if (keep >= 0) insert(o, keep, out);
        }
        if (out.isEmpty()) return List.of();
        List<Finding> completed = List.copyOf(out);
        out.clear();
        return completed;
    }

    private void insert(Occurrence o, long keep, List<Finding> out) {
        advance(latest - 1, out, false, true); // the session's clock catches up before a line joins it
        seq++;
        hits.phase(Hits.Phase.INSERTING, o);
        FactHandle handle = session.insert(o);
        keep(o, handle, latest + keep);
        fire();
        links.link(o);
        report(out, false);
    }

    /**
     * Lets log time run on to {@code time} without a line, for an appliance that has gone quiet: no line logged
     * before {@code time} is still to come, and windows that closed before it are reported. Earlier times change
     * nothing.
     */
    List<Finding> advanceTo(LocalDateTime time) {
        requireOpen();
        List<Finding> out = new ArrayList<>(0);
        moveTo(millis(time), out);
        return out;
    }

    /**
     * Ends the appliance's log: lets every window run out and reports what was still waiting, marked open. The
     * timeline cannot be used afterwards.
     */
    List<Finding> finish() {
        requireOpen();
        List<Finding> out = new ArrayList<>(0);
        advance(latest + base.longestWindowMillis() + 1, out, true, true);
        finished = true;
        session.dispose();
        return out;
    }

    /** How many lines the session holds now. */
    long factCount() {
        return finished ? 0 : session.getFactCount();
    }

    /** How many lines wait for their successor ({@link Successors}) though they have left the session. */
    long strayCount() {
        if (finished) return 0;
        return links.waiting().stream().filter(o -> session.getFactHandle(o) == null).count();
    }

    /** Log time is now {@code to}: close the windows that ended before it. */
    private void moveTo(long to, List<Finding> out) {
        if (to <= latest) return;
        latest = to;
        advance(to - 1, out, false, false);
    }

    /**
     * Runs the session's clock on to {@code to}. Unless {@code now}, the clock is left behind while no timer of
     * the session (a window closing) and no removal falls due by then: nothing could happen in
     * the session meanwhile, so most lines, which no correlation refers to, cost no work here.
     */
    private void advance(long to, List<Finding> out, boolean ending, boolean now) {
        if (to <= clockAt) return;
        boolean due = dueBy(to);
        if (!now && !due) return;
        clock.advanceTime(to - clockAt, TimeUnit.MILLISECONDS);
        clockAt = to;
        if (!due) return; // the clock caught up for a line to join; nothing fell due on the way
        hits.phase(Hits.Phase.ADVANCING, null);
        fire();
        report(out, ending);
        removeDue();
    }

    private boolean dueBy(long to) {
        boolean removal = !kept.isEmpty() && kept.peek().dueMillis() < to;
        return nextTimer <= to || removal;
    }

    /** Only the session's own operations schedule timers, so the next one is looked up after each of them. */
    private void fire() {
        session.fireAllRules();
        long next = ((InternalWorkingMemory) session).getTimeToNextJob();
        nextTimer = next < 0 ? Long.MAX_VALUE : clockAt + next;
    }

    /** Removes the lines no correlation can use any more. What the rules do meanwhile is not a finding. */
    private void removeDue() {
        if (kept.isEmpty() || kept.peek().dueMillis() >= clockAt) return;
        hits.phase(Hits.Phase.REMOVING, null);
        while (!kept.isEmpty() && kept.peek().dueMillis() < clockAt) {
            Kept k = kept.poll();
            if (k.occurrence().keepUntil() > k.dueMillis()) continue;
            session.delete(k.handle());
            links.unlink(k.occurrence());
        }
        fire();
        hits.drain();
        hits.phase(Hits.Phase.IDLE, null);
    }

    private void report(List<Finding> out, boolean open) {
        for (Hits.Hit hit : hits.drain()) {
            Correlation c = base.correlation(hit.rule());
            boolean resolution = !c.id().equals(hit.rule());
            out.add(new FindingBuilder(c, resolution, hit).build(open));
            if (!resolution && c.resolution() != null) {
                // A reported absence waits for its resolution: keep its first line that long.
                Occurrence first = hit.anchors().get(0);
                keep(first, session.getFactHandle(first), first.getMillis() + c.resolution().within().millis());
            }
        }
        hits.phase(Hits.Phase.IDLE, null);
    }

    private void keep(Occurrence o, FactHandle handle, long until) {
        if (handle == null || until <= o.keepUntil()) return;
        o.keepUntil(until);
        kept.add(new Kept(until, o, handle));
    }

    private void requireOpen() {
        if (finished) throw new IllegalStateException("the timeline has finished");
    }

    /** {@link #millis}, remembered for the line's time: {@link #startsOver} and {@link #accept} both ask. */
    private long lineMillis(LocalDateTime t) {
        if (t != lastLineTime) {
            lastLineTime = t;
            lastLineMillis = millis(t);
        }
        return lastLineMillis;
    }

    private static long millis(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) * 1000 + t.getNano() / 1_000_000; // no Instant per line
    }
}
