package io.hsmlog.cli;

/** Writes untrusted text into a feature file so that Gherkin reads back exactly that text. */
final class Gherkin {
    private Gherkin() {
    }

    /** True when a log line can go into a doc string as it is: no control characters but tabs. */
    static boolean fitsDocString(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\t' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
                return false;
            }
        }
        return true;
    }

    /** A doc string line: Gherkin would end the doc string at a bare """, so it is written \"\"\". */
    static String docStringLine(String line) {
        return line.replace("\"\"\"", "\\\"\\\"\\\"");
    }

    /** The inside of a quoted step argument ({string}): quotes are escaped. */
    static String quoted(String text) {
        return "\"" + oneLine(text).replace("\"", "\\\"") + "\"";
    }

    /** Text for a name or a comment, which end at the line's end: control characters are shown as \xNN. */
    static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Bytes as the features' "a line with the bytes" step reads them: hex pairs separated by spaces. */
    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(String.format("%02X", b & 0xFF));
        }
        return sb.toString();
    }
}
