package io.hsmlog.knowledge.yaml;

import io.hsmlog.knowledge.Origin;
import io.hsmlog.knowledge.validate.Problem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A YAML mapping read as typed values. Each problem is reported as {@code file:line: context: reason} and reading
 * goes on with a neutral value (null or empty), so one pass finds every problem in a file.
 */
public final class YamlMap {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    /** In a list of known keys, {@code prefix.<name>} stands for any key {@code prefix.something}. */
    private static final String FAMILY = ".<name>";

    private final String file;
    private final MappingNode node;
    private final String context;
    private final List<Problem> problems;
    private final Map<String, NodeTuple> tuples;

    private YamlMap(String file, MappingNode node, String context, List<Problem> problems,
                    Map<String, NodeTuple> tuples) {
        this.file = file;
        this.node = node;
        this.context = context;
        this.problems = problems;
        this.tuples = tuples;
    }

    /**
     * Reads {@code node} as a mapping; null, after reporting it, when it is something else.
     *
     * @param what    how to name the value in a message when it is not a mapping, e.g. "the file", "a case"
     * @param context what the messages about this mapping start with, e.g. "entry 'ipmi.sel.full'"; may be empty
     */
    public static YamlMap of(String file, Node node, String what, String context, List<Problem> problems) {
        String prefix = context.isEmpty() ? "" : context + ": ";
        if (node instanceof MappingNode map) {
            Map<String, NodeTuple> tuples = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) tuples.put(key.getValue(), t);
                else problems.add(new Problem(SafeYaml.origin(file, t.getKeyNode()), prefix + "keys must be plain text"));
            }
            return new YamlMap(file, map, context, problems, tuples);
        }
        problems.add(new Problem(SafeYaml.origin(file, node),
                prefix + what + " must be a mapping of keys to values, not " + kind(node)));
        return null;
    }

    /** The same mapping, with messages starting with another context. */
    public YamlMap withContext(String newContext) {
        return new YamlMap(file, node, newContext, problems, tuples);
    }

    public String file() {
        return file;
    }

    /** Where the mapping starts. */
    public Origin origin() {
        return SafeYaml.origin(file, node);
    }

    /** Where the value of {@code key} starts; where the mapping starts when the key is absent. */
    public Origin origin(String key) {
        NodeTuple t = tuples.get(key);
        return t == null ? origin() : SafeYaml.origin(file, t.getValueNode());
    }

    public boolean has(String key) {
        return tuples.containsKey(key);
    }

    /** The keys present, in file order. */
    public Set<String> keys() {
        return tuples.keySet();
    }

    /** True when {@code key} is present with no value ({@code key:}, {@code key: ~}). */
    public boolean isEmpty(String key) {
        NodeTuple t = tuples.get(key);
        return t != null && isNull(t.getValueNode());
    }

    /** Reports every key not in {@code required} or {@code optional}, and every required key that is absent. */
    public void checkKeys(Collection<String> required, Collection<String> optional) {
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        for (Map.Entry<String, NodeTuple> e : tuples.entrySet()) {
            if (isKnown(e.getKey(), known)) continue;
            String suggestion = closest(e.getKey(), known);
            Origin at = SafeYaml.origin(file, e.getValue().getKeyNode());
            problems.add(new Problem(at, prefix() + "unknown key '" + e.getKey() + "'"
                    + (suggestion == null ? "" : ", did you mean '" + suggestion + "'?")
                    + " (known: " + String.join(", ", known) + ")"));
        }
        for (String key : required) {
            if (!tuples.containsKey(key)) report("missing key '" + key + "'");
        }
    }

    /** The text value of {@code key}: null when absent, empty when written without a value. */
    public String text(String key) {
        NodeTuple t = tuples.get(key);
        return t == null ? null : scalar(key, t.getValueNode());
    }

    /** A list of texts, each with its line; empty when absent or written without a value. */
    public List<Text> textList(String key) {
        NodeTuple t = tuples.get(key);
        if (t == null || isNull(t.getValueNode())) return List.of();
        if (!(t.getValueNode() instanceof SequenceNode seq)) {
            report(key, "'" + key + "' must be a list, not " + kind(t.getValueNode()));
            return List.of();
        }
        List<Text> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            String v = scalar(key, item);
            if (v != null) out.add(new Text(v, SafeYaml.origin(file, item)));
        }
        return out;
    }

    /** A text or a list of texts, as a list; empty when absent. */
    public List<String> texts(String key) {
        NodeTuple t = tuples.get(key);
        if (t == null || isNull(t.getValueNode())) return List.of();
        if (t.getValueNode() instanceof ScalarNode) return List.of(text(key));
        return textList(key).stream().map(Text::value).toList();
    }

    /** A boolean; null when absent or not a boolean (reported). */
    public Boolean bool(String key) {
        NodeTuple t = tuples.get(key);
        if (t == null) return null;
        if (t.getValueNode() instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
            return switch (s.getValue().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on", "y" -> true;
                default -> false;
            };
        }
        report(key, "'" + key + "' must be true or false");
        return null;
    }

    /** A plain decimal number such as {@code 12.740}, kept exact; null when absent, empty or not a number. */
    public BigDecimal decimal(String key) {
        String v = text(key);
        if (v == null || v.isEmpty()) return null;
        if (!DECIMAL.matcher(v).matches()) {
            report(key, "'" + key + "' must be a decimal number such as 12.740, not '" + v + "'");
            return null;
        }
        return new BigDecimal(v);
    }

    /**
     * One of {@code allowed}, named by {@code name}; null when absent or not one of them (reported with the
     * allowed names).
     */
    public <E> E choice(String key, Collection<E> allowed, Function<E, String> name) {
        String v = text(key);
        if (v == null) return null;
        for (E e : allowed) {
            if (name.apply(e).equals(v)) return e;
        }
        report(key, "'" + key + "' must be one of " + allowed.stream().map(name).collect(Collectors.joining(", "))
                + ", not '" + v + "'");
        return null;
    }

    /** The mapping under {@code key}; null when absent or not a mapping (reported). */
    public YamlMap map(String key) {
        NodeTuple t = tuples.get(key);
        if (t == null) return null;
        return of(file, t.getValueNode(), "'" + key + "'", context, problems);
    }

    /** The mappings listed under {@code key}; items that are not mappings are reported and skipped. */
    public List<YamlMap> maps(String key) {
        NodeTuple t = tuples.get(key);
        if (t == null || isNull(t.getValueNode())) return List.of();
        if (!(t.getValueNode() instanceof SequenceNode seq)) {
            report(key, "'" + key + "' must be a list, not " + kind(t.getValueNode()));
            return List.of();
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            YamlMap m = of(file, item, "each item of '" + key + "'", context, problems);
            if (m != null) out.add(m);
        }
        return out;
    }

    /** Reports a problem at the mapping's first line. */
    public void report(String message) {
        problems.add(new Problem(origin(), prefix() + message));
    }

    /** Reports a problem at the line of {@code key}'s value. */
    public void report(String key, String message) {
        problems.add(new Problem(origin(key), prefix() + message));
    }

    private String scalar(String key, Node value) {
        if (value instanceof ScalarNode s) return isNull(s) ? "" : s.getValue();
        problems.add(new Problem(SafeYaml.origin(file, value), prefix() + "'" + key + "' must be text, not " + kind(value)));
        return null;
    }

    private String prefix() {
        return context.isEmpty() ? "" : context + ": ";
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode && Tag.NULL.equals(n.getTag());
    }

    private static String kind(Node n) {
        if (n instanceof SequenceNode) return "a list";
        if (n instanceof MappingNode) return "a mapping";
        return isNull(n) ? "empty" : "the text '" + ((ScalarNode) n).getValue() + "'";
    }

    private static boolean isKnown(String key, List<String> known) {
        for (String k : known) {
            if (k.equals(key)) return true;
            if (k.endsWith(FAMILY)) {
                String family = k.substring(0, k.length() - FAMILY.length() + 1);
                if (key.startsWith(family) && key.length() > family.length()) return true;
            }
        }
        return false;
    }

    /** The known key a misspelt one was probably meant to be: at most two edits away. */
    private static String closest(String key, List<String> known) {
        if (key.length() > 40) return null;
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(key, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
