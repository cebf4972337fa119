package io.hsmlog.cli.output;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;
import io.hsmlog.engine.Trap;
import io.hsmlog.engine.parse.LogEvent;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One JSON object per input line, in input order (JSON Lines). Scripts depend on this contract exactly: the keys,
 * their order and their types are fixed; absent values are null, never missing.
 */
public final class JsonWriter implements AssessmentWriter {
    /**
     * From component to action, an assessment's fields are fixed by its entry and verdict, and they are most of
     * its bytes (the meaning and action are long texts): each such run of fields is encoded once. Bounded, since
     * garbage lines carry their own reasons.
     */
    private static final Map<Judgement, byte[]> JUDGEMENTS = new ConcurrentHashMap<>();
    private static final int JUDGEMENTS_MAX = 8192;

    private static final byte[] ASSESSMENT = JsonLine.ascii("{\"kind\":\"assessment\",\"line\":");
    private static final byte[] SOURCE = JsonLine.ascii(",\"source\":");
    private static final byte[] TIMESTAMP = JsonLine.ascii(",\"timestamp\":");
    private static final byte[] HOST = JsonLine.ascii(",\"host\":");
    private static final byte[] FACILITY = JsonLine.ascii(",\"facility\":");
    private static final byte[] SEVERITY = JsonLine.ascii(",\"severity\":");
    private static final byte[] PROCESS = JsonLine.ascii(",\"process\":");
    private static final byte[] PID = JsonLine.ascii(",\"pid\":");
    private static final byte[] COMPONENT = JsonLine.ascii(",\"component\":");
    private static final byte[] ENTRY = JsonLine.ascii(",\"entry\":");
    private static final byte[] GROUP = JsonLine.ascii(",\"group\":");
    private static final byte[] PRIORITY = JsonLine.ascii(",\"priority\":");
    private static final byte[] MEANING = JsonLine.ascii(",\"meaning\":");
    private static final byte[] ACTION = JsonLine.ascii(",\"action\":");
    private static final byte[] FIELDS = JsonLine.ascii(",\"fields\":");
    private static final byte[] NO_TRAP = JsonLine.ascii(",\"trap\":null");
    private static final byte[] TRAP = JsonLine.ascii(",\"trap\":{\"notification\":");
    private static final byte[] ASSERT = JsonLine.ascii(",\"assert\":");
    private static final byte[] LOG_REFERENCE = JsonLine.ascii(",\"logReference\":");
    private static final byte[] TEST = JsonLine.ascii(",\"test\":");

    private static final byte[] FINDING = JsonLine.ascii("{\"kind\":\"finding\",\"rule\":");
    private static final byte[] LINES = JsonLine.ascii(",\"lines\":[");
    private static final byte[] SUMMARY = JsonLine.ascii("],\"summary\":");
    private static final byte[] TITLE = JsonLine.ascii(",\"title\":");
    private static final byte[] OPEN = JsonLine.ascii(",\"open\":");
    private static final byte[] TIMELINE = JsonLine.ascii(",\"timeline\":[");
    private static final byte[] MOMENT = JsonLine.ascii("{\"line\":");
    private static final byte[] TEXT = JsonLine.ascii(",\"text\":");

    /** Each thread encodes into its own buffer: encoding runs on the engine's worker threads. */
    private static final ThreadLocal<JsonLine> LINE = ThreadLocal.withInitial(JsonLine::new);

    private final OutputStream out;

    public JsonWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public byte[] encode(Assessment a) {
        LogEvent e = a.event();
        JsonLine j = LINE.get();
        j.raw(ASSESSMENT).number(a.line())
                .raw(SOURCE).string(a.source())
                .raw(TIMESTAMP).timestamp(a.timestamp())
                .raw(HOST).string(e.host())
                .raw(FACILITY).string(e.facility())
                .raw(SEVERITY).string(e.severity())
                .raw(PROCESS).string(e.process())
                .raw(PID).string(e.pid())
                .raw(judgement(a))
                .raw(FIELDS).object(a.fields());
        Trap t = a.trap();
        if (t == null) {
            j.raw(NO_TRAP);
        } else {
            j.raw(TRAP).string(t.notification()).raw(ASSERT).bool(t.assertion())
                    .raw(LOG_REFERENCE).string(t.logReference()).raw('}');
        }
        return j.raw(TEST).bool(a.test()).raw('}').takeLine();
    }

    /**
     * An incident: {@code kind, rule, priority, lines, summary, action} as the contract fixes them, then
     * {@code title, host, open, timeline}.
     */
    private static byte[] finding(Finding f) {
        JsonLine j = LINE.get();
        j.raw(FINDING).string(f.rule()).raw(PRIORITY).string(f.priority().key()).raw(LINES);
        boolean first = true;
        for (long line : f.lines()) {
            if (!first) j.raw(',');
            j.number(line);
            first = false;
        }
        j.raw(SUMMARY).string(f.summary()).raw(ACTION).string(f.action()).raw(TITLE).string(f.title())
                .raw(HOST).string(f.host()).raw(OPEN).bool(f.open()).raw(TIMELINE);
        first = true;
        for (Finding.Moment m : f.timeline()) {
            if (!first) j.raw(',');
            j.raw(MOMENT).number(m.line()).raw(TIMESTAMP).timestamp(m.timestamp()).raw(TEXT).string(m.text())
                    .raw('}');
            first = false;
        }
        return j.raw(']').raw('}').takeLine();
    }

    @Override
    public void write(Assessment a, byte[] encoded) throws IOException {
        out.write(encoded == null ? encode(a) : encoded);
    }

    @Override
    public void write(Assessment a) throws IOException {
        out.write(encode(a));
    }

    @Override
    public void write(Finding f) throws IOException {
        out.write(finding(f));
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    /** The fields from component to action, as JSON text that follows other fields (it starts with a comma). */
    private static byte[] judgement(Assessment a) {
        Judgement key = new Judgement(a.component(), a.entry(), a.group().key(), a.priority().key(), a.meaning(),
                a.action());
        byte[] encoded = JUDGEMENTS.get(key);
        if (encoded == null) {
            encoded = key.encode();
            if (JUDGEMENTS.size() < JUDGEMENTS_MAX) JUDGEMENTS.put(key, encoded);
        }
        return encoded;
    }

    /**
     * A record's equals and hashCode go through method handles, which the quick JIT runs slowly: a key looked up
     * for every line has its own.
     */
    private record Judgement(String component, String entry, String group, String priority, String meaning,
                             String action) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Judgement j && Objects.equals(component, j.component) && Objects.equals(entry, j.entry)
                    && group.equals(j.group) && priority.equals(j.priority) && Objects.equals(meaning, j.meaning)
                    && Objects.equals(action, j.action);
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(component);
            h = 31 * h + Objects.hashCode(entry);
            h = 31 * h + group.hashCode();
            h = 31 * h + priority.hashCode();
            h = 31 * h + Objects.hashCode(meaning);
            return 31 * h + Objects.hashCode(action);
        }

        /** Encoded apart from the line being built, which it is then copied into. */
        byte[] encode() {
            return new JsonLine().raw(COMPONENT).string(component).raw(ENTRY).string(entry).raw(GROUP).string(group)
                    .raw(PRIORITY).string(priority).raw(MEANING).string(meaning).raw(ACTION).string(action).take();
        }
    }
}
