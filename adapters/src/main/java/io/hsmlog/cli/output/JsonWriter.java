package io.hsmlog.cli.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;
import io.hsmlog.engine.Trap;
import io.hsmlog.engine.parse.LogEvent;

import java.io.IOException;
import java.io.OutputStream;
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
     * Meanings and actions are long texts shared by every line of an entry; each is escaped and encoded once.
     * Bounded, since garbage lines carry their own reasons.
     */
    private static final Map<String, SerializedString> TEXTS = new ConcurrentHashMap<>();
    private static final int TEXTS_MAX = 8192;

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
            g.writeStringField("kind", "assessment");
            g.writeNumberField("line", a.line());
            g.writeStringField("source", a.source());
            g.writeStringField("timestamp", a.timestamp() == null ? null : IsoTimestamp.format(a.timestamp()));
            g.writeStringField("host", e.host());
            g.writeStringField("facility", e.facility());
            g.writeStringField("severity", e.severity());
            g.writeStringField("process", e.process());
            g.writeStringField("pid", e.pid());
            g.writeStringField("component", a.component());
            g.writeStringField("entry", a.entry());
            g.writeStringField("group", a.group().key());
            g.writeStringField("priority", a.priority().key());
            knowledgeText("meaning", a.meaning());
            knowledgeText("action", a.action());
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

        private void knowledgeText(String field, String text) throws IOException {
            g.writeFieldName(field);
            if (text == null) {
                g.writeNull();
                return;
            }
            SerializedString encoded = TEXTS.get(text);
            if (encoded == null) {
                encoded = new SerializedString(text);
                if (TEXTS.size() < TEXTS_MAX) TEXTS.put(text, encoded);
            }
            g.writeString(encoded);
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
