package io.hsmlog.bench.corpus;

/** Lines as the appliance's syslog displays them: {@code timestamp host facility severity tag: message}. */
final class SyslogLine {
    private SyslogLine() {
    }

    static String of(String timestamp, String host, String facility, String severity, String tag, String message) {
        return new StringBuilder(timestamp.length() + host.length() + tag.length() + message.length() + 24)
                .append(timestamp).append(' ').append(host).append(' ').append(facility).append(' ')
                .append(severity).append(' ').append(tag).append(": ").append(message).toString();
    }

    /** A process tag with its pid: Luna's own daemons write {@code NTLS [1234]}, the others {@code sshd[1234]}. */
    static String tag(String process, int pid, boolean spaced) {
        return process + (spaced ? " [" : "[") + pid + "]";
    }

    /** A lunalog message, which repeats its severity and adds an error code: {@code info : 0 : text}. */
    static String luna(String severity, String code, String text) {
        return severity + " : " + code + " : " + text;
    }
}
