package io.hsmlog.engine.parse;

/**
 * Turns each input line into one {@link LogEvent}, whatever the line holds; it never throws. Thread-safe: it keeps
 * no state beyond the default year given at construction.
 */
public final class LineParser {

    private final TimestampScanner timestamps;
    private final SyslogParser syslog;
    private final SnmpWalkParser walks = new SnmpWalkParser();
    private final SnmpTrapParser traps;

    /**
     * @param defaultYear the year assumed for timestamps logged without one ({@code Feb 28 12:05:01}); a yearless
     *                    Feb 29 falls in the latest leap year not after it
     */
    public LineParser(int defaultYear) {
        this.timestamps = new TimestampScanner(defaultYear);
        this.syslog = new SyslogParser(timestamps);
        this.traps = new SnmpTrapParser(timestamps);
    }

    /** Parses a line read by {@link LineReader}; unreadable lines become garbage facts. */
    public LogEvent parse(RawLine line) {
        return line.isGarbage()
                ? garbage(line.number(), line.garbage(), line.excerpt())
                : parse(line.number(), line.text());
    }

    /** The fact for one decoded line (without its line terminator). */
    public LogEvent parse(long lineNumber, String line) {
        String text = line == null ? "" : line;
        try {
            return classify(lineNumber, text);
        } catch (RuntimeException unexpected) {
            // A parser defect must not cost the line: keep it as an unrecognised fact.
            return unknown(lineNumber, text);
        }
    }

    /** The fact for a line that could not be read as text. */
    public LogEvent garbage(long lineNumber, String reason, String excerpt) {
        return LogEvent.builder(lineNumber, Source.UNKNOWN).raw(excerpt).garbage(reason).message("").body("").build();
    }

    /** {@link #parse(long, String)} without its safety net, so tests can tell a defect from a fallback. */
    LogEvent classify(long lineNumber, String s) {
        int end = s.length();
        int start = Text.trimStart(s, 0, end);
        end = Text.trimEnd(s, start, end);
        if (start == end) {
            return unknown(lineNumber, s);
        }
        if (s.charAt(start) == '<') {
            LogEvent.Builder event = syslog.parseWithPriority(lineNumber, s, start, end);
            if (event != null) {
                return withTrap(event);
            }
        }
        ParsedTimestamp timestamp = timestamps.scan(s, start, end);
        if (timestamp != null) {
            if (SnmpTrapParser.isReceiptHeader(s, timestamp.end(), end)) {
                return traps.parse(lineNumber, s, start, end, timestamp).build();
            }
            return withTrap(syslog.parseAfterTimestamp(lineNumber, s, start, timestamp, end));
        }
        if (SnmpTrapParser.looksLikeTrap(s, start, end)) {
            return traps.parse(lineNumber, s, start, end, null).build();
        }
        LogEvent.Builder walk = walks.parse(lineNumber, s, start, end);
        if (walk != null) {
            return walk.build();
        }
        if (SnmpTrapParser.bindsLogReference(s, start, end)) {
            return traps.parse(lineNumber, s, start, end, null).build();
        }
        LogEvent.Builder headerless = syslog.parseHeaderless(lineNumber, s, start, end);
        if (headerless != null) {
            return withTrap(headerless);
        }
        return unknown(lineNumber, s);
    }

    private LogEvent withTrap(LogEvent.Builder syslogEvent) {
        return (traps.carriesTrap(syslogEvent) ? traps.fromSyslog(syslogEvent) : syslogEvent).build();
    }

    private static LogEvent unknown(long lineNumber, String s) {
        String text = Text.trimmed(s, 0, s.length());
        return LogEvent.builder(lineNumber, Source.UNKNOWN).raw(s).message(text).body(text).build();
    }
}
