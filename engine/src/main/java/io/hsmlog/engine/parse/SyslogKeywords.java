package io.hsmlog.engine.parse;

/**
 * The facility and severity keywords of the guide's Tables 1 and 2 (plus the other standard facilities), and the
 * names RFC 3164/5424 priority values stand for.
 */
final class SyslogKeywords {

    private static final String[] FACILITIES = {
        "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv", "ftp",
        "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7"};

    /** As written in the display format: the guide lists both spellings of several levels. */
    private static final String[] SEVERITIES = {
        "emerg", "panic", "alert", "crit", "critical", "err", "error", "warning", "warn", "notice", "info", "debug"};

    /** Facility names by RFC 5424 facility code. */
    private static final String[] FACILITY_CODES = {
        "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv", "ftp",
        "ntp", "logaudit", "logalert", "clock",
        "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7"};

    /** Severity names by RFC 5424 severity code, as syslog's own tables spell them. */
    private static final String[] SEVERITY_CODES = {
        "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"};

    /** No keyword is longer, so each packs into a long: one comparison per candidate on the hot path. */
    private static final int LONGEST = 8;
    private static final long[] FACILITY_KEYS = packAll(FACILITIES);
    private static final long[] SEVERITY_KEYS = packAll(SEVERITIES);

    private SyslogKeywords() {
    }

    /**
     * The header word {@code s[from, to)} packed for {@link #facility(long)} and {@link #severity(long)}: its ASCII
     * letters lower-cased, one per byte; 0 for a word that cannot be a keyword.
     */
    static long pack(String s, int from, int to) {
        if (to - from <= 0 || to - from > LONGEST) {
            return 0;
        }
        long key = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c > 0x7F) {
                return 0;
            }
            key = key << 8 | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return key;
    }

    /** The canonical lower-case facility keyword for a packed word, or null. */
    static String facility(long key) {
        return find(FACILITY_KEYS, FACILITIES, key);
    }

    /** The canonical lower-case severity keyword for a packed word, or null. */
    static String severity(long key) {
        return find(SEVERITY_KEYS, SEVERITIES, key);
    }

    /** Facility name for a priority value's facility part; priority must be 0..191. */
    static String facilityOfPriority(int priority) {
        return FACILITY_CODES[priority >> 3];
    }

    static String severityOfPriority(int priority) {
        return SEVERITY_CODES[priority & 7];
    }

    private static String find(long[] keys, String[] words, long key) {
        if (key != 0) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == key) {
                    return words[i];
                }
            }
        }
        return null;
    }

    private static long[] packAll(String[] words) {
        long[] keys = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            keys[i] = pack(words[i], 0, words[i].length());
        }
        return keys;
    }
}
