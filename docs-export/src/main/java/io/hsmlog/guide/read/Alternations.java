package io.hsmlog.guide.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the guide's {@code <a | b | c>} alternations into one line per alternative.
 * Groups of equal size vary together ({@code name=<uucp | mysql>, GID=<14 | 500>} gives two lines,
 * not four), since the guide pairs them; groups of different sizes multiply.
 */
public final class Alternations {

    private static final Pattern GROUP = Pattern.compile("<([^<>|]*(?:\\|[^<>|]*)+)>");

    private Alternations() {
    }

    public static List<String> expand(String text) {
        List<int[]> spans = new ArrayList<>();
        List<List<String>> choices = new ArrayList<>();
        Matcher m = GROUP.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            List<String> options = new ArrayList<>();
            for (String option : m.group(1).split("\\|")) {
                options.add(option.strip());
            }
            choices.add(options);
        }
        if (spans.isEmpty()) {
            return List.of(text);
        }
        boolean zip = choices.stream().allMatch(c -> c.size() == choices.get(0).size());
        List<int[]> picks = zip ? zipped(choices) : product(choices);
        List<String> out = new ArrayList<>();
        for (int[] pick : picks) {
            StringBuilder sb = new StringBuilder();
            int at = 0;
            for (int g = 0; g < spans.size(); g++) {
                sb.append(text, at, spans.get(g)[0]).append(choices.get(g).get(pick[g]));
                at = spans.get(g)[1];
            }
            out.add(sb.append(text.substring(at)).toString());
        }
        return List.copyOf(out);
    }

    private static List<int[]> zipped(List<List<String>> choices) {
        List<int[]> picks = new ArrayList<>();
        for (int i = 0; i < choices.get(0).size(); i++) {
            int[] pick = new int[choices.size()];
            java.util.Arrays.fill(pick, i);
            picks.add(pick);
        }
        return picks;
    }

    private static List<int[]> product(List<List<String>> choices) {
        List<int[]> picks = new ArrayList<>();
        picks.add(new int[choices.size()]);
        for (int g = 0; g < choices.size(); g++) {
            List<int[]> next = new ArrayList<>();
            for (int[] pick : picks) {
                for (int o = 0; o < choices.get(g).size(); o++) {
                    int[] p = pick.clone();
                    p[g] = o;
                    next.add(p);
                }
            }
            picks = next;
        }
        return picks;
    }
}
