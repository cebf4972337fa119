package io.hsmlog.cli.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Finding;
import io.hsmlog.engine.Trap;
import io.hsmlog.engine.parse.LogEvent;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME;

/**
 * One JSON object per input line, in input order (JSON Lines). Scripts depend on this contract exactly: the keys,
 * their order and their types are fixed; absent values are null, never missing.
 */
public final class JsonWriter implements AssessmentWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private final JsonGenerator g;

    public JsonWriter(OutputStream out) throws IOException {
        g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    }

    @Override
    public void write(Assessment a) throws IOException {
        LogEvent e = a.event();
        g.writeStartObject();
        g.writeStringField("kind", "assessment");
        g.writeNumberField("line", a.line());
        g.writeStringField("source", a.source());
        g.writeStringField("timestamp", a.timestamp() == null ? null : ISO_LOCAL_DATE_TIME.format(a.timestamp()));
        g.writeStringField("host", e.host());
        g.writeStringField("facility", e.facility());
        g.writeStringField("severity", e.severity());
        g.writeStringField("process", e.process());
        g.writeStringField("pid", e.pid());
        g.writeStringField("component", a.component());
        g.writeStringField("entry", a.entry());
        g.writeStringField("group", a.group().key());
        g.writeStringField("priority", a.priority().key());
        g.writeStringField("meaning", a.meaning());
        g.writeStringField("action", a.action());
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

    /**
     * An incident: {@code kind, rule, priority, lines, summary, action} as the contract fixes them, then
     * {@code title, host, open, timeline}.
     */
    @Override
    public void write(Finding f) throws IOException {
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
            g.writeStringField("timestamp", m.timestamp() == null ? null : ISO_LOCAL_DATE_TIME.format(m.timestamp()));
            g.writeStringField("text", m.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        g.writeRaw('\n');
        g.flush();
    }
}
