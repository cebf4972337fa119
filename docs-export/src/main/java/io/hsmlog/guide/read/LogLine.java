package io.hsmlog.guide.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A syslog line split as the guide describes it (Chapter 1): date, host, facility, severity, process,
 * message; and for lunalog lines the lunalog severity and code that open the message.
 *
 * @param headerWords the words between host and process; normally facility and severity, but the guide
 *                    sometimes prints none, or repeats the facility ("authpriv authpriv info")
 * @param body        the message without the lunalog prefix; the message itself for other lines
 */
public record LogLine(String date, String host, List<String> headerWords, String process, String pid,
                      String message, String lunalogSeverity, String lunalogCode, String body) {

    private static final Pattern HEADER = Pattern.compile(
            "^((?:\\d{4} )?[A-Z][a-z]{2} +\\d{1,2} \\d{2}:\\d{2}:\\d{2}) +(\\S+) +(.*)$");
    private static final Pattern PROCESS = Pattern.compile("^([^\\s\\[\\]:]+(?:\\([^)]*\\))?)(?:\\[(\\d+)])?:$");
    private static final Pattern PID = Pattern.compile("^\\[(\\d+)]:$");
    private static final Pattern LUNALOG = Pattern.compile(
            "^(critical|error|warning|audit|info|debug) : (0x[0-9A-Fa-f]+|\\d+)(?: : | )(.*)$");

    /** Splits a line; null when it does not start with a syslog header. */
    public static LogLine parse(String line) {
        Matcher h = HEADER.matcher(line);
        if (!h.matches()) {
            return null;
        }
        String rest = h.group(3);
        List<String> words = new ArrayList<>();
        int at = 0;
        while (at < rest.length() && words.size() < 8) {
            int end = rest.indexOf(' ', at);
            String token = end < 0 ? rest.substring(at) : rest.substring(at, end);
            String after = end < 0 ? "" : rest.substring(end).stripLeading();
            Matcher p = PROCESS.matcher(token);
            Matcher pid = PID.matcher(token);
            if (p.matches()) {
                return of(h.group(1), h.group(2), words, p.group(1), p.group(2), after);
            }
            if (pid.matches() && !words.isEmpty()) {
                String process = words.remove(words.size() - 1);
                return of(h.group(1), h.group(2), words, process, pid.group(1), after);
            }
            if (!token.isEmpty()) {
                words.add(token);
            }
            if (end < 0) {
                break;
            }
            at = end + 1;
        }
        return null;
    }

    private static LogLine of(String date, String host, List<String> words, String process, String pid,
                              String message) {
        Matcher l = LUNALOG.matcher(message);
        if (l.matches()) {
            return new LogLine(date, host, List.copyOf(words), process, pid, message, l.group(1), l.group(2),
                    l.group(3));
        }
        return new LogLine(date, host, List.copyOf(words), process, pid, message, null, null, message);
    }

    /** The facility keyword: the first header word, or null when the guide prints none. */
    public String facility() {
        return headerWords.isEmpty() ? null : headerWords.get(0).toLowerCase();
    }

    /** The syslog severity keyword: the last header word, or null when the guide prints none. */
    public String severity() {
        return headerWords.size() < 2 ? null : headerWords.get(headerWords.size() - 1).toLowerCase();
    }

    /** The header up to and including "process[pid]:", as printed. */
    public String header(String line) {
        return line.endsWith(message) ? line.substring(0, line.length() - message.length()) : line;
    }
}
