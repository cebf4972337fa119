package io.hsmlog.cli.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;
import io.hsmlog.engine.Trap;
import io.hsmlog.engine.parse.LogEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One JSON object per input line, in input order (JSON Lines). Scripts depend on this contract exactly: the keys,
 * their order and their types are fixed; absent values are null, never missing.
 */
public final class JsonWriter implements AssessmentWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /**
     * From component to action, an assessment's fields are fixed by its entry and verdict, and they are most of
     * its bytes (the meaning and action are long texts): each such run of fields is encoded once. Bounded, since
     * garbage lines carry their own reasons.
     */
    private static final Map<Judgement, SerializedString> JUDGEMENTS = new ConcurrentHashMap<>();
    private static final int JUDGEMENTS_MAX = 8192;

    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString LINE = new SerializedString("line");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString TIMESTAMP = new SerializedString("timestamp");
    private static final SerializedString HOST = new SerializedString("host");
    private static final SerializedString FACILITY = new SerializedString("facility");
    private static final SerializedString SEVERITY = new SerializedString("severity");
    private static final SerializedString PROCESS = new SerializedString("process");
    private static final SerializedString PID = new SerializedString("pid");

    /** Each thread encodes into its own buffer and generator: encoding runs on the engine's worker threads. */
    private static final ThreadLocal<Encoder> ENCODER = ThreadLocal.withInitial(Encoder::new);

    private final OutputStream out;

    public JsonWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public byte[] encode(Assessment a) {
        return ENCODER.get().encode(a);
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
        out.write(ENCODER.get().encode(f));
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    @FunctionalInterface
    private interface ObjectWriting {
        void write() throws IOException;
    }

    private static final class Encoder {
        private final LineBuffer buffer = new LineBuffer();
        private final JsonGenerator g;

        Encoder() {
            try {
                g = FACTORY.createGenerator(buffer, JsonEncoding.UTF8);
                // One generator writes many objects; each ends its own line, so no separator goes between them.
                g.setRootValueSeparator(null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        byte[] encode(Assessment a) {
            return encode(() -> assessment(a));
        }

        byte[] encode(Finding f) {
            return encode(() -> finding(f));
        }

        /** One object, as one line of bytes. Writing to memory cannot fail, but Jackson's API says it may. */
        private byte[] encode(ObjectWriting object) {
            try {
                object.write();
                return take();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private byte[] take() throws IOException {
            g.flush();
            return buffer.takeLine();
        }

        private void assessment(Assessment a) throws IOException {
            LogEvent e = a.event();
            g.writeStartObject();
            field(KIND, "assessment");
            g.writeFieldName(LINE);
            g.writeNumber(a.line());
            field(SOURCE, a.source());
            field(TIMESTAMP, a.timestamp() == null ? null : IsoTimestamp.format(a.timestamp()));
            field(HOST, e.host());
            field(FACILITY, e.facility());
            field(SEVERITY, e.severity());
            field(PROCESS, e.process());
            field(PID, e.pid());
            g.writeRaw(judgement(a));
            g.writeObjectFieldStart("fields");
            for (Map.Entry<String, String> f : a.fields().entrySet()) g.writeStringField(f.getKey(), f.getValue());
            g.writeEndObject();
            Trap t = a.trap();
            if (t == null) {
                g.writeNullField("trap");
            } else {
                g.writeObjectFieldStart("trap");
                g.writeStringField("notification", t.notification());
                g.writeBooleanField("assert", t.assertion());
                g.writeStringField("logReference", t.logReference());
                g.writeEndObject();
            }
            g.writeBooleanField("test", a.test());
            g.writeEndObject();
        }

        /** A field whose name is encoded once, for the keys every line has. */
        private void field(SerializedString name, String value) throws IOException {
            g.writeFieldName(name);
            g.writeString(value);
        }

        /** The fields from component to action, as JSON text that follows other fields (it starts with a comma). */
        private static SerializedString judgement(Assessment a) throws IOException {
            Judgement key = new Judgement(a.component(), a.entry(), a.group().key(), a.priority().key(), a.meaning(),
                    a.action());
            SerializedString encoded = JUDGEMENTS.get(key);
            if (encoded == null) {
                encoded = key.encode();
                if (JUDGEMENTS.size() < JUDGEMENTS_MAX) JUDGEMENTS.put(key, encoded);
            }
            return encoded;
        }

        /**
         * An incident: {@code kind, rule, priority, lines, summary, action} as the contract fixes them, then
         * {@code title, host, open, timeline}.
         */
        private void finding(Finding f) throws IOException {
            g.writeStartObject();
            g.writeStringField("kind", "finding");
            g.writeStringField("rule", f.rule());
            g.writeStringField("priority", f.priority().key());
            g.writeArrayFieldStart("lines");
            for (long line : f.lines()) g.writeNumber(line);
            g.writeEndArray();
            g.writeStringField("summary", f.summary());
            g.writeStringField("action", f.action());
            g.writeStringField("title", f.title());
            g.writeStringField("host", f.host());
            g.writeBooleanField("open", f.open());
            g.writeArrayFieldStart("timeline");
            for (Finding.Moment m : f.timeline()) {
                g.writeStartObject();
                g.writeNumberField("line", m.line());
                g.writeStringField("timestamp", m.timestamp() == null ? null : IsoTimestamp.format(m.timestamp()));
                g.writeStringField("text", m.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private record Judgement(String component, String entry, String group, String priority, String meaning,
                             String action) {
        SerializedString encode() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
            try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("component", component);
                g.writeStringField("entry", entry);
                g.writeStringField("group", group);
                g.writeStringField("priority", priority);
                g.writeStringField("meaning", meaning);
                g.writeStringField("action", action);
                g.writeEndObject();
            }
            String object = bytes.toString(StandardCharsets.UTF_8);
            return new SerializedString("," + object.substring(1, object.length() - 1));
        }
    }

    /**
     * Where the generator writes one line: a growable array that, unlike {@link java.io.ByteArrayOutputStream},
     * takes no lock per write, since each encoder has its own.
     */
    private static final class LineBuffer extends OutputStream {
        private byte[] bytes = new byte[2048];
        private int length;

        @Override
        public void write(int b) {
            ensure(1);
            bytes[length++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, bytes, length, len);
            length += len;
        }

        /** The bytes written since the last call, ended with a newline. */
        byte[] takeLine() {
            byte[] line = Arrays.copyOf(bytes, length + 1);
            line[length] = '\n';
            length = 0;
            return line;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
