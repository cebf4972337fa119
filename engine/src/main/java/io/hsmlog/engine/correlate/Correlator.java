package io.hsmlog.engine.correlate;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the assessed lines of one stream into incidents. Feed it every assessment in input order; it returns the
 * findings each line completes. Not thread-safe: one correlator per stream.
 *
 * <p>Every correlation's key includes the host, so each appliance's lines are joined on a {@link Timeline} of
 * their own, with a clock that follows that appliance's timestamps: appliances whose clocks disagree, or logs of
 * several appliances given one after the other, each keep their windows. An appliance's log that starts over (a
 * line more than an hour older than the latest) ends its timeline, as the end of input would, and starts a new one.
 *
 * <p>At the end of input, {@link #finish()} lets every window run out: an absence whose window was still open is
 * reported then, marked {@link Finding#open()}. Sequences still incomplete are not incidents and are not reported.
 */
public final class Correlator {
    /** The timeline of lines without a host. */
    private static final String NO_HOST = "";

    private final CorrelationBase base;
    private final Map<String, Timeline> timelines = new LinkedHashMap<>();
    /** The number of each appliance's first line: the order appliances first logged in, over all correlators. */
    private final Map<String, Long> firstLines = new HashMap<>();
    private boolean finished;

    Correlator(CorrelationBase base) {
        this.base = base;
    }

    /** Takes the next line of the stream; returns the findings it completes, or that its time closes. */
    public List<Finding> accept(Assessment a) {
        requireOpen();
        String host = a.event().host() == null ? NO_HOST : a.event().host();
        Timeline t = timelines.get(host);
        List<Finding> ended = List.of();
        if (t != null && t.startsOver(a)) {
            ended = t.finish();
            t = null;
        }
        if (t == null) {
            t = base.newTimeline();
            timelines.put(host, t);
            firstLines.putIfAbsent(host, a.line());
        }
        List<Finding> found = t.accept(a);
        if (ended.isEmpty()) return found;
        List<Finding> out = new ArrayList<>(ended);
        out.addAll(found);
        return out;
    }

    /**
     * Lets log time run on to {@code time} on every appliance's timeline, for a live stream that has gone quiet:
     * no line logged before {@code time} is still to come, and windows that closed before it are reported.
     * Earlier times change nothing.
     */
    public List<Finding> advanceTo(LocalDateTime time) {
        requireOpen();
        List<Finding> out = new ArrayList<>(0);
        for (Timeline t : timelines.values()) out.addAll(t.advanceTo(time));
        return out;
    }

    /**
     * Ends the stream: lets every window run out and reports what was still waiting, marked open, appliance by
     * appliance in the order they first logged. The correlator cannot be used afterwards.
     */
    public List<Finding> finish() {
        List<Finding> out = new ArrayList<>(0);
        for (Ended e : finishEach()) out.addAll(e.findings());
        return out;
    }

    /** What an appliance's timeline reported when the stream ended, and the number of its first line. */
    record Ended(long firstLine, List<Finding> findings) {
    }

    /** Ends the stream as {@link #finish()} does, appliance by appliance. */
    List<Ended> finishEach() {
        requireOpen();
        finished = true;
        List<Ended> out = new ArrayList<>(timelines.size());
        timelines.forEach((host, t) -> out.add(new Ended(firstLines.get(host), t.finish())));
        timelines.clear();
        return out;
    }

    /** How many lines the correlator holds now, over all appliances. */
    public long factCount() {
        long n = 0;
        for (Timeline t : timelines.values()) n += t.factCount();
        return n;
    }

    /** How many lines wait for their successor though they have left their session, over all appliances. */
    long strayCount() {
        long n = 0;
        for (Timeline t : timelines.values()) n += t.strayCount();
        return n;
    }

    private void requireOpen() {
        if (finished) throw new IllegalStateException("the correlator has finished its stream");
    }
}
