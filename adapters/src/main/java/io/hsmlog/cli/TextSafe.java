package io.hsmlog.cli;

/** Text from logs is untrusted: control characters (terminal escapes) are shown, not sent to the terminal. */
final class TextSafe {
    private TextSafe() {
    }

    static String of(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                if (sb == null) sb = new StringBuilder(s.substring(0, i));
                sb.append(String.format("\\x%02x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
