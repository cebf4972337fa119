package io.hsmlog.engine.parse;

import static io.hsmlog.engine.parse.Text.isWordChar;
import static io.hsmlog.engine.parse.Text.skipBlanks;
import static io.hsmlog.engine.parse.Text.tokenEnd;

/**
 * Reads what a trap receiver records of a Luna trap: the guide's traphandle script output
 * ({@code a Fan trap from host=... vars=...}), the handler segment the guide quotes
 * ({@code SAFENET-APPLIANCE-MIB::powerSupplyAttentionNotify, SAFENET-APPLIANCE-MIB::ssLogReference = [...]}), and
 * net-snmp snmptrapd's own output: its receipt line {@code 2012-02-29 12:05:01 host [UDP: ...]:}, its
 * tab-separated variable bindings, or both in one syslog record. What matters is the notification name and the
 * ssLogReference, wherever they stand.
 */
final class SnmpTrapParser {

    static final String PROCESS = Source.SNMP_TRAP.key();

    private static final String LOG_REFERENCE = "ssLogReference";
    private static final String TRAP_OID = "snmpTrapOID";
    /** snmpTrapOID.0 as net-snmp prints it without MIBs (iso.3.6.1.6.3.1.1.4.1.0). */
    private static final String TRAP_OID_NUMERIC = "3.6.1.6.3.1.1.4.1";
    private static final String NOTIFY = "Notify";
    private static final String HANDLER_LEAD = "a ";
    private static final String HANDLER_FROM = " trap from host=";
    private static final String UNKNOWN_HOST = "<UNKNOWN>";

    private final TimestampScanner timestamps;

    SnmpTrapParser(TimestampScanner timestamps) {
        this.timestamps = timestamps;
    }

    /**
     * Whether a line without a syslog header is certainly trap output: the handler's, or variable bindings that
     * name a notification. Configuration and prose that merely name one bind no values.
     */
    static boolean looksLikeTrap(String s, int start, int end) {
        return isHandlerOutput(s, start, end) || s.indexOf('=', start) >= 0
                && (s.indexOf(TRAP_OID) >= 0 || s.indexOf(TRAP_OID_NUMERIC) >= 0
                || namesQualifiedNotification(s, start, end));
    }

    /**
     * Whether a line binds a value to ssLogReference. Asked after walk values are ruled out: an snmpget of
     * ssLogReference is a walk value, not a trap.
     */
    static boolean bindsLogReference(String s, int start, int end) {
        int at = Text.indexOf(s, LOG_REFERENCE, start, end);
        if (at < 0) {
            return false;
        }
        at += LOG_REFERENCE.length();
        while (at < end && (Text.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
            at++;
        }
        at = skipBlanks(s, at, end);
        return at < end && s.charAt(at) == '=';
    }

    /** Whether snmptrapd's receipt header {@code host [UDP: ...]:} follows its timestamp at {@code at}. */
    static boolean isReceiptHeader(String s, int at, int end) {
        at = skipBlanks(s, at, end);
        int hostEnd = tokenEnd(s, at, end);
        int open = skipBlanks(s, hostEnd, end);
        if (hostEnd == at || open >= end || s.charAt(open) != '[') {
            return false;
        }
        int i = open + 1;
        while (i < end && Text.isLetter(s.charAt(i))) {
            i++;
        }
        return i > open + 1 && i < end && (s.charAt(i) == ':' || s.charAt(i) == '/');
    }

    /**
     * Whether a syslog record carries a trap: snmptrapd logging a receipt to syslog, or a trap handler that logs
     * through logger. snmptrapd's records about itself ("NET-SNMP version 5.9.3 Stopped.") stay syslog records.
     */
    boolean carriesTrap(LogEvent.Builder syslog) {
        String body = syslog.body();
        if (body == null) {
            return false;
        }
        int end = body.length();
        if (isHandlerOutput(body, 0, end) || carriesTrapObjects(body)) {
            return true;
        }
        if (!"snmptrapd".equals(syslog.processKey())) {
            return false;
        }
        ParsedTimestamp receivedAt = timestamps.scan(body, 0, end);
        return receivedAt != null && isReceiptHeader(body, receivedAt.end(), end);
    }

    /** A trap line that has no syslog header; {@code receivedAt} is snmptrapd's receipt timestamp, if any. */
    LogEvent.Builder parse(long line, String s, int start, int end, ParsedTimestamp receivedAt) {
        LogEvent.Builder event = LogEvent.builder(line, Source.SNMP_TRAP).raw(s);
        int at = start;
        if (receivedAt != null) {
            event.timestamp(receivedAt.dateTime(), receivedAt.yearKnown(), s.substring(start, receivedAt.end()));
            at = skipBlanks(s, receivedAt.end(), end);
            int hostEnd = tokenEnd(s, at, end);
            event.host(senderHost(s.substring(at, hostEnd)));
        } else if (isHandlerOutput(s, start, end)) {
            int hostStart = s.indexOf(HANDLER_FROM, start) + HANDLER_FROM.length();
            event.host(senderHost(s.substring(hostStart, tokenEnd(s, hostStart, end))));
        }
        fill(event, s, start, end);
        return event;
    }

    /** Turns a syslog record that carries a trap into a trap fact, keeping its header. */
    LogEvent.Builder fromSyslog(LogEvent.Builder syslog) {
        String body = syslog.body();
        syslog.source(Source.SNMP_TRAP).pid(null).luna(null, null).test(false);
        fill(syslog, body, 0, body.length());
        return syslog;
    }

    private void fill(LogEvent.Builder event, String s, int start, int end) {
        String notification = notification(s, start, end);
        LogReference reference = reference(s, start, end);
        String text = Text.trimmed(s, start, end);
        String message = text;
        if (notification != null) {
            message = reference == null ? notification : notification + " [" + reference.raw() + "]";
        }
        if (reference != null) {
            event.host(reference.host());
            if (!event.hasTimestamp() && reference.timestampText() != null) {
                ParsedTimestamp written = timestamps.scan(reference.timestampText(), 0,
                        reference.timestampText().length());
                event.timestamp(reference.timestamp(), written != null && written.yearKnown(),
                        reference.timestampText());
            }
        }
        event.process(PROCESS).processKey(PROCESS).trap(notification, reference).message(message).body(text);
    }

    /** The first word ending in "Notify": the notification's name however its OID is printed. */
    static String notification(String s, int start, int end) {
        int wordStart = notificationStart(s, start, end);
        return wordStart < 0 ? null : s.substring(wordStart, s.indexOf(NOTIFY, wordStart) + NOTIFY.length());
    }

    /**
     * Whether a notification is named as an OID ({@code SAFENET-APPLIANCE-MIB::fanAttentionNotify},
     * {@code ssTraps.fanAttentionNotify}); lsta's own records name it bare.
     */
    private static boolean namesQualifiedNotification(String s, int start, int end) {
        int wordStart = notificationStart(s, start, end);
        return wordStart > start && (s.charAt(wordStart - 1) == ':' || s.charAt(wordStart - 1) == '.');
    }

    private static int notificationStart(String s, int start, int end) {
        int at = s.indexOf(NOTIFY, start);
        while (at >= 0 && at + NOTIFY.length() <= end) {
            int wordEnd = at + NOTIFY.length();
            int wordStart = at;
            while (wordStart > start && isWordChar(s.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart < at && (wordEnd == end || !isWordChar(s.charAt(wordEnd)))) {
                return wordStart;
            }
            at = s.indexOf(NOTIFY, wordEnd);
        }
        return -1;
    }

    /** The ssLogReference value: preferably the bracketed text after its name, else any reference-shaped one. */
    private LogReference reference(String s, int start, int end) {
        int named = Text.indexOf(s, LOG_REFERENCE, start, end);
        LogReference reference = named >= 0 ? firstReference(s, named, end) : null;
        return reference != null ? reference : firstReference(s, start, end);
    }

    private LogReference firstReference(String s, int from, int end) {
        for (int open = s.indexOf('[', from); open >= 0 && open < end; open = s.indexOf('[', open + 1)) {
            int close = closingBracket(s, open, end);
            LogReference reference = LogReference.parse(s.substring(open, close), timestamps);
            if (reference != null) {
                return reference;
            }
        }
        return null;
    }

    /** One past the bracket closing the one at {@code open} (the process field nests {@code ipmievd[1234]}). */
    private static int closingBracket(String s, int open, int end) {
        int depth = 0;
        for (int i = open; i < end; i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return end; // truncated: DisplayString (SIZE (0..256)) may cut it short
    }

    private static boolean isHandlerOutput(String s, int start, int end) {
        return Text.regionIs(s, start, end, HANDLER_LEAD) && Text.indexOf(s, HANDLER_FROM, start, end) > start;
    }

    private static boolean carriesTrapObjects(String s) {
        return s.indexOf(LOG_REFERENCE) >= 0 || s.indexOf(TRAP_OID) >= 0 || s.indexOf(TRAP_OID_NUMERIC) >= 0;
    }

    private static String senderHost(String host) {
        return host.isEmpty() || UNKNOWN_HOST.equals(host) ? null : host;
    }
}
