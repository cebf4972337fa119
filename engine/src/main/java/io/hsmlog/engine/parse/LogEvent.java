package io.hsmlog.engine.parse;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One input line as a fact. Every line becomes exactly one event: a syslog record, an SNMP walk value, a received
 * trap, an unrecognised line ({@link Source#UNKNOWN}) or garbage (undecodable bytes, with {@link #garbage()} saying
 * why). Fields a source does not carry are null.
 */
public final class LogEvent {

    private final long line;
    private final Source source;
    private final String raw;
    private final String garbage;
    private final LocalDateTime timestamp;
    private final boolean yearKnown;
    private final String timestampText;
    private final String host;
    private final String facility;
    private final String severity;
    private final String process;
    private final String processKey;
    private final String pid;
    private final String lunaSeverity;
    private final String lunaCode;
    private final String message;
    private final String body;
    private final boolean test;
    private final String mib;
    private final String object;
    private final String index;
    private final String valueType;
    private final String value;
    private final String notification;
    private final LogReference logReference;

    private LogEvent(Builder b) {
        this.line = b.line;
        this.source = b.source;
        this.raw = b.raw == null ? "" : b.raw;
        this.garbage = b.garbage;
        this.timestamp = b.timestamp;
        this.yearKnown = b.timestamp != null && b.yearKnown;
        this.timestampText = b.timestampText;
        this.host = b.host;
        this.facility = b.facility;
        this.severity = b.severity;
        this.process = b.process;
        this.processKey = b.processKey();
        this.pid = b.pid;
        this.lunaSeverity = b.lunaSeverity;
        this.lunaCode = b.lunaCode;
        this.message = b.message == null ? "" : b.message;
        this.body = b.body == null ? this.message : b.body;
        this.test = b.test;
        this.mib = b.mib;
        this.object = b.object;
        this.index = b.index;
        this.valueType = b.valueType;
        this.value = b.value;
        this.notification = b.notification;
        this.logReference = b.logReference;
    }

    public static Builder builder(long line, Source source) {
        return new Builder(line, source);
    }

    /**
     * The key rules compare process names with: lower case, without the footnote stars the guide prints after
     * some names ({@code wdt_heartbeat*}).
     */
    public static String processKeyOf(String process) {
        if (process == null) {
            return null;
        }
        int end = process.length();
        while (end > 0 && process.charAt(end - 1) == '*') {
            end--;
        }
        String name = end == process.length() ? process : process.substring(0, end);
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    /** 1-based number of the input line. */
    public long line() {
        return line;
    }

    public Source source() {
        return source;
    }

    /** The decoded line; for garbage, a printable excerpt of its bytes. */
    public String raw() {
        return raw;
    }

    /** Why the line could not be read as text, or null for a readable line. */
    public String garbage() {
        return garbage;
    }

    public boolean isGarbage() {
        return garbage != null;
    }

    /** Wall-clock time as logged (any UTC offset dropped), or null when the line has none or it is not a date. */
    public LocalDateTime timestamp() {
        return timestamp;
    }

    /** False when the year was not logged and the parser's default year was assumed. */
    public boolean yearKnown() {
        return yearKnown;
    }

    /** The timestamp exactly as written, e.g. {@code 2012 Feb 29 12:05:01}; the trap agent's ssLogReference repeats it. */
    public String timestampText() {
        return timestampText;
    }

    public String host() {
        return host;
    }

    /** Syslog facility keyword, lower case (kern, user, ..., local7), or null when not logged. */
    public String facility() {
        return facility;
    }

    /** Syslog severity keyword, lower case as written (e.g. crit or critical, warn or warning), or null. */
    public String severity() {
        return severity;
    }

    /** The process (syslog tag) as logged, e.g. NTLS, crond(pam_unix), wdt_heartbeat*. */
    public String process() {
        return process;
    }

    /** {@link #process()} as rules compare it; "snmp-walk" and "snmp-trap" for SNMP facts. */
    public String processKey() {
        return processKey;
    }

    public String pid() {
        return pid;
    }

    /** The lunalog subsidiary severity (critical, error, warning, warn, audit, info, debug), or null. */
    public String lunaSeverity() {
        return lunaSeverity;
    }

    /** The lunalog error code as written ("0", "0xc0000002"), or null. */
    public String lunaCode() {
        return lunaCode;
    }

    /**
     * The text patterns are matched against: the record's message without the lunalog prefix and the test
     * designator, with LunaSH's {@code .lt}/{@code .gt} restored to {@code <}/{@code >}. Never null.
     */
    public String message() {
        return message;
    }

    /** Everything after the syslog tag, trimmed but otherwise unchanged. Never null. */
    public String body() {
        return body;
    }

    /** True for events logged by {@code sysconf snmp trap test} (the ***TEST designator). */
    public boolean test() {
        return test;
    }

    /** SNMP walk: the MIB module, e.g. CHRYSALIS-UTSP-MIB. */
    public String mib() {
        return mib;
    }

    /** SNMP walk: the object name, e.g. ntlsOperStatus, or a whole dotted name when it is numeric. */
    public String object() {
        return object;
    }

    /** SNMP walk: the instance index, e.g. "0". */
    public String index() {
        return index;
    }

    /** SNMP walk: the value's type as printed (INTEGER, Counter64, Gauge32, STRING, ...). */
    public String valueType() {
        return valueType;
    }

    /** SNMP walk: the value as printed, e.g. "up(1)", without a string's quotes. */
    public String value() {
        return value;
    }

    /** SNMP trap: the SAFENET-APPLIANCE-MIB notification, e.g. fanAttentionNotify. */
    public String notification() {
        return notification;
    }

    /** SNMP trap: the ssLogReference pointing at the appliance log record behind the trap. */
    public LogReference logReference() {
        return logReference;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LogEvent e)) {
            return false;
        }
        return line == e.line && source == e.source && yearKnown == e.yearKnown && test == e.test
                && raw.equals(e.raw) && message.equals(e.message) && body.equals(e.body)
                && Objects.equals(garbage, e.garbage) && Objects.equals(timestamp, e.timestamp)
                && Objects.equals(timestampText, e.timestampText) && Objects.equals(host, e.host)
                && Objects.equals(facility, e.facility) && Objects.equals(severity, e.severity)
                && Objects.equals(process, e.process) && Objects.equals(processKey, e.processKey)
                && Objects.equals(pid, e.pid) && Objects.equals(lunaSeverity, e.lunaSeverity)
                && Objects.equals(lunaCode, e.lunaCode) && Objects.equals(mib, e.mib)
                && Objects.equals(object, e.object) && Objects.equals(index, e.index)
                && Objects.equals(valueType, e.valueType) && Objects.equals(value, e.value)
                && Objects.equals(notification, e.notification) && Objects.equals(logReference, e.logReference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, source, raw, message);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LogEvent[line ").append(line).append(", ").append(source.key());
        if (garbage != null) {
            return sb.append(", garbage: ").append(garbage).append(']').toString();
        }
        append(sb, "time", timestampText);
        append(sb, "host", host);
        append(sb, "facility", facility);
        append(sb, "severity", severity);
        append(sb, "process", process);
        append(sb, "pid", pid);
        append(sb, "luna", lunaSeverity == null ? null : lunaSeverity + " " + lunaCode);
        append(sb, "notification", notification);
        if (test) {
            sb.append(", test");
        }
        return sb.append(", message=").append(message).append(']').toString();
    }

    private static void append(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append(", ").append(name).append('=').append(value);
        }
    }

    /** Collects an event's fields; parsers fill it field by field, tests and other modules may build facts too. */
    public static final class Builder {
        private final long line;
        private Source source;
        private String raw;
        private String garbage;
        private LocalDateTime timestamp;
        private boolean yearKnown;
        private String timestampText;
        private String host;
        private String facility;
        private String severity;
        private String process;
        private String processKey;
        private String derivedFrom;
        private String derivedKey;
        private String pid;
        private String lunaSeverity;
        private String lunaCode;
        private String message;
        private String body;
        private boolean test;
        private String mib;
        private String object;
        private String index;
        private String valueType;
        private String value;
        private String notification;
        private LogReference logReference;

        private Builder(long line, Source source) {
            this.line = line;
            this.source = Objects.requireNonNull(source, "source");
        }

        public Builder source(Source source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        public Builder raw(String raw) {
            this.raw = raw;
            return this;
        }

        public Builder garbage(String reason) {
            this.garbage = reason;
            return this;
        }

        public Builder timestamp(LocalDateTime timestamp, boolean yearKnown, String asWritten) {
            this.timestamp = timestamp;
            this.yearKnown = yearKnown;
            this.timestampText = asWritten;
            return this;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder facility(String facility) {
            this.facility = facility;
            return this;
        }

        public Builder severity(String severity) {
            this.severity = severity;
            return this;
        }

        /** Sets the process; its key is derived with {@link #processKeyOf} unless set explicitly. */
        public Builder process(String process) {
            this.process = process;
            return this;
        }

        public Builder processKey(String processKey) {
            this.processKey = processKey;
            return this;
        }

        public Builder pid(String pid) {
            this.pid = pid;
            return this;
        }

        public Builder luna(String lunaSeverity, String lunaCode) {
            this.lunaSeverity = lunaSeverity;
            this.lunaCode = lunaCode;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /** Defaults to the message when not set. */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder test(boolean test) {
            this.test = test;
            return this;
        }

        public Builder walk(String mib, String object, String index, String valueType, String value) {
            this.mib = mib;
            this.object = object;
            this.index = index;
            this.valueType = valueType;
            this.value = value;
            return this;
        }

        public Builder trap(String notification, LogReference logReference) {
            this.notification = notification;
            this.logReference = logReference;
            return this;
        }

        /** The key set, or the one derived from the process; derived once, as the trap check asks for it too. */
        String processKey() {
            if (processKey != null) return processKey;
            if (derivedFrom != process) {
                derivedFrom = process;
                derivedKey = processKeyOf(process);
            }
            return derivedKey;
        }

        String body() {
            return body;
        }

        boolean hasTimestamp() {
            return timestampText != null;
        }

        public LogEvent build() {
            return new LogEvent(this);
        }
    }
}
