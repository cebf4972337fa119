package io.hsmlog.engine.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Assertions in the guide's terms, shared by the parse tests. */
final class ParseAssertions {

    /** A non-leap default year, so yearless Feb 29 records exercise the leap-year fallback. */
    static final LineParser PARSER = new LineParser(2026);

    private ParseAssertions() {
    }

    static LogEvent parse(String line) {
        return PARSER.parse(1, line);
    }

    /** Host, facility, severity, process and pid of a syslog record. */
    static void assertHeader(LogEvent event, String host, String facility, String severity, String process,
                             String pid) {
        assertAll(event.toString(),
                () -> assertEquals(Source.SYSLOG, event.source(), "source"),
                () -> assertNull(event.garbage(), "garbage"),
                () -> assertEquals(host, event.host(), "host"),
                () -> assertEquals(facility, event.facility(), "facility"),
                () -> assertEquals(severity, event.severity(), "severity"),
                () -> assertEquals(process, event.process(), "process"),
                () -> assertEquals(pid, event.pid(), "pid"));
    }

    /** The lunalog subsidiary severity and code, and the description left as the message. */
    static void assertLunalog(LogEvent event, String lunaSeverity, String lunaCode, String message) {
        assertAll(event.toString(),
                () -> assertEquals(lunaSeverity, event.lunaSeverity(), "lunalog severity"),
                () -> assertEquals(lunaCode, event.lunaCode(), "lunalog code"),
                () -> assertEquals(message, event.message(), "message"));
    }

    /** Object, index, type and value of an SNMP walk line. */
    static void assertWalk(LogEvent event, String mib, String object, String index, String type, String value) {
        assertAll(event.toString(),
                () -> assertEquals(Source.SNMP_WALK, event.source(), "source"),
                () -> assertEquals("snmp-walk", event.processKey(), "process key"),
                () -> assertEquals(mib, event.mib(), "mib"),
                () -> assertEquals(object, event.object(), "object"),
                () -> assertEquals(index, event.index(), "index"),
                () -> assertEquals(type, event.valueType(), "value type"),
                () -> assertEquals(value, event.value(), "value"));
    }

    /** The notification and where its ssLogReference points. */
    static void assertTrap(LogEvent event, String notification, String host, String logFile, String timestampText,
                           String process, String pid, Boolean assertion) {
        LogReference reference = event.logReference();
        assertAll(event.toString(),
                () -> assertEquals(Source.SNMP_TRAP, event.source(), "source"),
                () -> assertEquals("snmp-trap", event.processKey(), "process key"),
                () -> assertEquals(notification, event.notification(), "notification"),
                () -> assertEquals(host, reference == null ? null : reference.host(), "reference host"),
                () -> assertEquals(logFile, reference == null ? null : reference.logFile(), "log file"),
                () -> assertEquals(timestampText, reference == null ? null : reference.timestampText(),
                        "reference timestamp"),
                () -> assertEquals(process, reference == null ? null : reference.process(), "reference process"),
                () -> assertEquals(pid, reference == null ? null : reference.pid(), "reference pid"),
                () -> assertEquals(assertion, reference == null ? null : reference.assertion(), "assertion"));
    }

    /** A fixture's lines, as captured from the real tool that wrote them. */
    static List<String> fixture(String name) {
        try (InputStream in = ParseAssertions.class.getResourceAsStream("/parse/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
