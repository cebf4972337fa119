package io.hsmlog.guide.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first pattern for a message, in the knowledge notation: the guide's own {@code <variables>} become
 * placeholders, and so do the values that obviously vary (addresses, counts). It stays conservative:
 * a curator widens it where the guide's prose says more varies.
 */
final class PatternDraft {

    private static final Pattern ALTERNATION = Pattern.compile("<[^<>|]*(?:\\|[^<>|]*)+>");
    private static final Pattern VARIABLE = Pattern.compile("<([A-Za-z#][^<>]*)>");
    private static final Pattern CLIENT = Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}/\\d+\\b");
    private static final Pattern IP_PORT = Pattern.compile("\\b(\\d{1,3}(?:\\.\\d{1,3}){3}):(\\d+)\\b");
    private static final Pattern IP = Pattern.compile("(?<![\\w.])\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\w.]*\\w)");
    private static final Pattern CONSOLE = Pattern.compile(" : Console$");
    private static final Pattern INT = Pattern.compile("(?<![\\w.:/\\-+=#\\[$])\\d+(?![\\w/\\-]|[.:]\\S)");
    private static final Pattern PORT_WORD = Pattern.compile("(?i).*\\bport $");
    private static final Set<String> LITERAL_IPS = Set.of("0.0.0.0", "127.0.0.1");

    private final List<Object> parts = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private PatternDraft(String message) {
        parts.add(message);
    }

    /** The draft pattern for a message (the part after "process:" and any lunalog prefix). */
    static String of(String message, boolean lunalog) {
        PatternDraft d = new PatternDraft(message);
        d.replace(ALTERNATION, m -> "<" + d.name("value") + ":word>");
        d.replace(VARIABLE, m -> "<" + d.variable(m.group(1)) + ">");
        d.replace(CLIENT, m -> "<" + d.name("client") + ":client>");
        d.replace(IP_PORT, m -> "<" + d.name("address") + ":ip>:<" + d.name("port") + ":int>");
        d.replace(IP, m -> LITERAL_IPS.contains(m.group()) ? null
                : "<" + d.name(d.names.contains("client") ? "address" : "client") + ":ip>");
        if (lunalog) {
            d.replace(CONSOLE, m -> " : <" + d.name("client") + ":client>");
        }
        d.replaceInts();
        return d.toString();
    }

    /** "threshold" for IPMI threshold readings, "discrete" for Asserted/Deasserted records, else null. */
    static String event(String message) {
        if (message.contains("(Reading ") && message.contains(" Threshold ")) {
            return "threshold";
        }
        String t = message.strip();
        return t.endsWith("Asserted") || t.endsWith("Deasserted") ? "discrete" : null;
    }

    private String variable(String printed) {
        String words = printed.strip();
        if (words.equals("#")) {
            return name("n") + ":int";
        }
        if (words.matches("(?i)x+")) {
            return name("detail");
        }
        String[] w = words.replaceAll("[^A-Za-z0-9 ]", " ").strip().split("\\s+");
        StringBuilder camel = new StringBuilder(w[0].toLowerCase());
        for (int i = 1; i < w.length; i++) {
            camel.append(Character.toUpperCase(w[i].charAt(0))).append(w[i].substring(1).toLowerCase());
        }
        return name(camel.toString());
    }

    private String name(String base) {
        String candidate = base;
        for (int i = 2; names.contains(candidate); i++) {
            candidate = base + i;
        }
        names.add(candidate);
        return candidate;
    }

    /** Replaces matches in the literal parts; a null replacement leaves the match literal. */
    private void replace(Pattern pattern, Function<Matcher, String> placeholder) {
        List<Object> out = new ArrayList<>();
        for (Object part : parts) {
            if (!(part instanceof String literal)) {
                out.add(part);
                continue;
            }
            Matcher m = pattern.matcher(literal);
            int at = 0;
            while (m.find()) {
                String p = placeholder.apply(m);
                if (p == null) {
                    continue;
                }
                out.add(literal.substring(at, m.start()));
                out.add(new StringBuilder(p));
                at = m.end();
            }
            out.add(literal.substring(at));
        }
        parts.clear();
        parts.addAll(out);
    }

    private void replaceInts() {
        List<Object> out = new ArrayList<>();
        for (Object part : parts) {
            if (!(part instanceof String literal)) {
                out.add(part);
                continue;
            }
            Matcher m = INT.matcher(literal);
            int at = 0;
            while (m.find()) {
                String before = literal.substring(at, m.start());
                out.add(before);
                String base = PORT_WORD.matcher(literal.substring(0, m.start())).matches() ? "port" : "n";
                out.add(new StringBuilder("<" + name(base) + ":int>"));
                at = m.end();
            }
            out.add(literal.substring(at));
        }
        parts.clear();
        parts.addAll(out);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        parts.forEach(sb::append);
        return sb.toString();
    }
}
