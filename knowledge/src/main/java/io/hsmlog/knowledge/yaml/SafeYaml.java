package io.hsmlog.knowledge.yaml;

import io.hsmlog.knowledge.Origin;
import io.hsmlog.knowledge.validate.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Parses knowledge files as plain data: a node tree that keeps every value's line, and nothing that could run
 * code or exhaust memory. Knowledge directories come from users, so every file is treated as untrusted input:
 * no tags beyond YAML's own scalar and collection types, a bounded number of aliases, a bounded size and depth,
 * no duplicate keys, and strict UTF-8.
 */
public final class SafeYaml {
    /** The largest file accepted: the whole guide's knowledge is a small fraction of this. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Aliases to lists or mappings allowed in one file: enough for shared text, too few for an alias bomb. */
    public static final int MAX_COLLECTION_ALIASES = 50;
    private static final int MAX_DEPTH = 50;

    /** Tags a file may write explicitly ({@code !!str 123}); anything else could name a class or a custom type. */
    private static final Set<Tag> ALLOWED_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private SafeYaml() {
    }

    /**
     * Reads one YAML document from {@code in}, closing it. Returns its root node, or null when the file cannot be
     * used, after adding the reasons to {@code problems}. An empty document is reported as such.
     */
    public static Node read(String file, InputStream in, List<Problem> problems) {
        byte[] bytes;
        try (in) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            problems.add(new Problem(new Origin(file, 0), "cannot read the file: " + e.getMessage()));
            return null;
        }
        return parse(file, bytes, problems);
    }

    /** Parses one YAML document held in {@code bytes}; see {@link #read}. */
    public static Node parse(String file, byte[] bytes, List<Problem> problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(new Problem(new Origin(file, 0),
                    "the file is larger than the " + (MAX_BYTES >> 20) + " MB limit for knowledge files"));
            return null;
        }
        String text = decodeUtf8(file, bytes, problems);
        if (text == null) return null;
        int before = problems.size();
        try {
            scanEvents(file, text, problems);
            if (problems.size() > before) return null;
            Node root = yaml().compose(new StringReader(text));
            if (root == null) {
                problems.add(new Problem(new Origin(file, 0), "the file is empty"));
                return null;
            }
            checkTree(file, root, Collections.newSetFromMap(new IdentityHashMap<>()), problems);
            return problems.size() > before ? null : root;
        } catch (MarkedYAMLException e) {
            problems.add(new Problem(new Origin(file, lineOf(e)), "not valid YAML: " + describe(e)));
        } catch (ReaderException e) {
            problems.add(new Problem(new Origin(file, lineAtCodePoint(text, e.getPosition())),
                    String.format("not valid YAML: the control character U+%04X is not allowed", e.getCodePoint())));
        } catch (YAMLException e) {
            problems.add(new Problem(new Origin(file, 0), "not valid YAML: " + e.getMessage()));
        }
        return null;
    }

    /** Files are only parsed and composed, never constructed into objects; the safe constructor is a backstop. */
    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(options()));
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setMergeOnCompose(false);
        options.setProcessComments(false);
        options.setTagInspector(tag -> false);
        return options;
    }

    /** Decodes strictly: a malformed byte is an error at its line, never a silent replacement character. */
    private static String decodeUtf8(String file, byte[] bytes, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
            problems.add(new Problem(new Origin(file, line), String.format(
                    "not valid UTF-8: byte 0x%02X at offset %d (knowledge files must be saved as UTF-8)",
                    bytes[offset] & 0xFF, offset)));
            return null;
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Streams the parse events before anything is composed: refuses explicit tags other than YAML's plain types,
     * and finds the alias that exceeds the limit (the composer enforces it too, but without saying where).
     */
    private static void scanEvents(String file, String text, List<Problem> problems) {
        Map<String, Boolean> anchorIsCollection = new HashMap<>();
        int aliases = 0;
        for (Event event : yaml().parse(new StringReader(text))) {
            int line = event.getStartMark().getLine() + 1;
            String tag = event instanceof ScalarEvent s ? s.getTag()
                    : event instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null && !"!".equals(tag) && !ALLOWED_TAGS.contains(new Tag(tag))) {
                problems.add(new Problem(new Origin(file, line), "tag '" + shortTag(tag)
                        + "' is not allowed: knowledge files hold plain text, numbers, lists and mappings"));
                return;
            }
            if (event instanceof AliasEvent alias) {
                if (Boolean.TRUE.equals(anchorIsCollection.get(alias.getAnchor())) && ++aliases > MAX_COLLECTION_ALIASES) {
                    problems.add(new Problem(new Origin(file, line), "more than " + MAX_COLLECTION_ALIASES
                            + " aliases to lists or mappings (a file that expands like this is refused)"));
                    return;
                }
            } else if (event instanceof NodeEvent node && node.getAnchor() != null) {
                anchorIsCollection.put(node.getAnchor(), event instanceof CollectionStartEvent);
            }
        }
    }

    /**
     * Rejects merge keys, which would make one mapping's keys depend on another's, and duplicate keys, which
     * would hide one of the values; visits each node once, however often aliases repeat it.
     */
    private static void checkTree(String file, Node node, Set<Node> seen, List<Problem> problems) {
        if (!seen.add(node)) return;
        if (Tag.MERGE.equals(node.getTag())) {
            problems.add(new Problem(origin(file, node), "merge keys (<<) are not supported: write the keys out"));
        }
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) checkTree(file, item, seen, problems);
        } else if (node instanceof MappingNode map) {
            Map<String, Integer> keys = new HashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                Node key = tuple.getKeyNode();
                if (key instanceof ScalarNode scalar) {
                    Integer first = keys.putIfAbsent(scalar.getValue(), line(key));
                    if (first != null) {
                        problems.add(new Problem(origin(file, key),
                                "duplicate key '" + scalar.getValue() + "' (first at line " + first + ")"));
                    }
                }
                checkTree(file, key, seen, problems);
                checkTree(file, tuple.getValueNode(), seen, problems);
            }
        }
    }

    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private static String describe(MarkedYAMLException e) {
        String what = Stream.of(e.getContext(), e.getProblem()).filter(Objects::nonNull).map(String::strip)
                .collect(Collectors.joining(", "));
        return what.isEmpty() ? "syntax error" : what;
    }

    private static int lineOf(MarkedYAMLException e) {
        if (e.getProblemMark() != null) return e.getProblemMark().getLine() + 1;
        if (e.getContextMark() != null) return e.getContextMark().getLine() + 1;
        return 0;
    }

    private static int lineAtCodePoint(String text, int codePoint) {
        int end = text.offsetByCodePoints(0, Math.min(codePoint, text.codePointCount(0, text.length())));
        int line = 1;
        for (int i = 0; i < end; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static Origin origin(String file, Node node) {
        return new Origin(file, line(node));
    }
}
