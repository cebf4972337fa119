package io.hsmlog.cli.output;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One line of JSON text built in a growable byte array: the output's keys are fixed, so each object is its
 * constant parts (keys and punctuation, as bytes encoded once) with its values between them. Strings are escaped
 * as RFC 8259 requires and byte for byte as Jackson writes them: a backslash before quotes and backslashes, the
 * short escapes of backspace, tab, newline, form feed and carriage return, a six-character Unicode escape for
 * other control characters and for each half of a surrogate pair; everything else as UTF-8.
 *
 * <p>A general generator tracks nesting and buffers per write; written for the output's one shape, a line costs
 * three quarters of what it did (bench/README.md). Not thread-safe: each encoding thread has its own.
 */
final class JsonLine {
    private static final byte[] NULL = ascii("null");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final byte[] HEX = ascii("0123456789ABCDEF");
    /** "00" to "99", each value's two digits at twice its index. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    /**
     * Strings this short (hosts, processes, pids, keywords) are read a character at a time: cheaper than making
     * their bytes first.
     */
    private static final int SHORT = 24;

    private byte[] bytes = new byte[4096];
    private int length;
    /** Writes one member of an object; made once, as a map hands its members to it without an iterator. */
    private final BiConsumer<String, String> member = (key, value) -> {
        if (bytes[length - 1] != '{') raw(',');
        string(key).raw(':').string(value);
    };

    /** Constant JSON text, such as {@code ,"host":}, as bytes. */
    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Appends JSON text as it is. */
    JsonLine raw(byte[] text) {
        ensure(text.length);
        System.arraycopy(text, 0, bytes, length, text.length);
        length += text.length;
        return this;
    }

    JsonLine raw(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** A string value, or null. */
    JsonLine string(String s) {
        if (s == null) return raw(NULL);
        int n = s.length();
        ensure(n * 6 + 2); // at worst every UTF-16 unit a six-character escape
        return n <= SHORT ? shortString(s, n) : longString(s, n);
    }

    private JsonLine shortString(String s, int n) {
        byte[] out = bytes;
        int at = length;
        out[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c < 0x20 || c == '"' || c == '\\') return unicode(s);
            out[at++] = (byte) c;
        }
        out[at++] = '"';
        length = at;
        return this;
    }

    /** Longer strings are copied as bytes first, then checked byte by byte. */
    private JsonLine longString(String s, int n) {
        byte[] latin1 = s.getBytes(StandardCharsets.ISO_8859_1); // a character beyond Latin-1 becomes '?'
        byte[] out = bytes;
        int at = length;
        out[at++] = '"';
        for (int i = 0; i < n; i++) {
            byte b = latin1[i];
            if (b >= 0x20 && b != '"' && b != '\\' && (b != '?' || s.charAt(i) == '?')) {
                out[at++] = b;
            } else if (b < 0 || b == '?') {
                return unicode(s); // beyond ASCII: one UTF-16 unit at a time
            } else {
                at = escape(out, at, (char) b);
            }
        }
        out[at++] = '"';
        length = at;
        return this;
    }

    JsonLine number(long n) {
        if (n < 0 || n > Integer.MAX_VALUE) return raw(ascii(Long.toString(n)));
        int v = (int) n;
        ensure(10);
        int digits = digitCount(v);
        int at = length + digits;
        // Two digits per division: the quick compiler divides, where the optimising one would multiply.
        while (v >= 100) {
            int q = v / 100;
            int pair = (v - q * 100) * 2;
            bytes[--at] = PAIRS[pair + 1];
            bytes[--at] = PAIRS[pair];
            v = q;
        }
        if (v >= 10) {
            bytes[--at] = PAIRS[v * 2 + 1];
            bytes[--at] = PAIRS[v * 2];
        } else {
            bytes[--at] = (byte) ('0' + v);
        }
        length += digits;
        return this;
    }

    /** A map of strings as an object, members in the map's order. */
    JsonLine object(Map<String, String> map) {
        raw('{');
        if (!map.isEmpty()) map.forEach(member);
        return raw('}');
    }

    JsonLine bool(boolean b) {
        return raw(b ? TRUE : FALSE);
    }

    /**
     * A log time as ISO-8601 text, exactly as {@link DateTimeFormatter#ISO_LOCAL_DATE_TIME} writes it, or null.
     * Every line carries one, and the formatter costs more than the rest of the line: only years it writes with a
     * sign or more digits, and fractions of a second, are left to it.
     */
    JsonLine timestamp(LocalDateTime t) {
        if (t == null) return raw(NULL);
        int year = t.getYear();
        if (year < 1000 || year > 9999 || t.getNano() != 0) return string(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t));
        ensure(21);
        byte[] out = bytes;
        int at = length;
        out[at] = '"';
        pair(out, at + 1, year / 100);
        pair(out, at + 3, year % 100);
        out[at + 5] = '-';
        pair(out, at + 6, t.getMonthValue());
        out[at + 8] = '-';
        pair(out, at + 9, t.getDayOfMonth());
        out[at + 11] = 'T';
        pair(out, at + 12, t.getHour());
        out[at + 14] = ':';
        pair(out, at + 15, t.getMinute());
        out[at + 17] = ':';
        pair(out, at + 18, t.getSecond());
        out[at + 20] = '"';
        length = at + 21;
        return this;
    }

    /** The text written since the last call, ended with a newline; the buffer starts over. */
    byte[] takeLine() {
        byte[] line = Arrays.copyOf(bytes, length + 1);
        line[length] = '\n';
        length = 0;
        return line;
    }

    /** The text written since the last call; the buffer starts over. */
    byte[] take() {
        byte[] text = Arrays.copyOf(bytes, length);
        length = 0;
        return text;
    }

    private JsonLine unicode(String s) {
        ensure(s.length() * 6 + 2); // a UTF-16 unit takes at most 3 bytes of UTF-8 or a 6-byte escape
        byte[] out = bytes;
        int at = length;
        out[at++] = '"';
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[at++] = (byte) c;
                } else {
                    at = escape(out, at, c);
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                at = unicodeEscape(out, at, c);
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        out[at++] = '"';
        length = at;
        return this;
    }

    /** Escapes an ASCII character that cannot stand in a string as it is. */
    private static int escape(byte[] out, int at, char c) {
        char shortForm = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        if (shortForm == 0) return unicodeEscape(out, at, c);
        out[at++] = '\\';
        out[at++] = (byte) shortForm;
        return at;
    }

    private static int unicodeEscape(byte[] out, int at, char c) {
        out[at++] = '\\';
        out[at++] = 'u';
        out[at++] = HEX[c >> 12 & 0xF];
        out[at++] = HEX[c >> 8 & 0xF];
        out[at++] = HEX[c >> 4 & 0xF];
        out[at++] = HEX[c & 0xF];
        return at;
    }

    private static int digitCount(int v) {
        int digits = 1;
        for (int bound = 10; digits < 10 && v >= bound; bound *= 10) digits++;
        return digits;
    }

    /** Two decimal digits of a value below 100. */
    private static void pair(byte[] out, int at, int value) {
        out[at] = PAIRS[value * 2];
        out[at + 1] = PAIRS[value * 2 + 1];
    }

    private void ensure(int more) {
        if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
}
