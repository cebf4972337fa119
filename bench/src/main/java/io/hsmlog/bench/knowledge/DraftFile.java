package io.hsmlog.bench.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A draft entries file as lines of text, cut into its header and one block per entry, so entries can be dropped
 * without rewriting (and possibly changing) the YAML of those that stay. Line numbers are those of the last write.
 */
final class DraftFile {
    private static final String ENTRY_START = "  - id:";

    private final Path target;
    private final String component;
    private final List<String> header;
    private final List<List<String>> entries;
    /** The line (1-based) each entry started on when the file was last written. */
    private final List<Integer> writtenAt = new ArrayList<>();

    private DraftFile(Path target, String component, List<String> header, List<List<String>> entries) {
        this.target = target;
        this.component = component;
        this.header = header;
        this.entries = entries;
    }

    static DraftFile read(Path draft, Path target) throws IOException {
        List<String> header = new ArrayList<>();
        List<List<String>> entries = new ArrayList<>();
        String component = "";
        for (String line : Files.readAllLines(draft, StandardCharsets.UTF_8)) {
            if (line.startsWith("component:")) component = line.substring("component:".length()).strip();
            if (line.startsWith(ENTRY_START)) entries.add(new ArrayList<>());
            (entries.isEmpty() ? header : entries.get(entries.size() - 1)).add(line);
        }
        return new DraftFile(target, component, header, entries);
    }

    String component() {
        return component;
    }

    /** Entries still kept. */
    int size() {
        return (int) entries.stream().filter(e -> e != null).count();
    }

    boolean isAt(String file) {
        return Path.of(file).toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize());
    }

    /** Drops the entry written around {@code line}; false when the line is in the header or beyond the file. */
    boolean dropEntryAt(int line) {
        for (int i = writtenAt.size() - 1; i >= 0; i--) {
            if (writtenAt.get(i) <= line) {
                if (entries.get(i) != null) entries.set(i, null);
                return true;
            }
        }
        return false;
    }

    void dropEntry(String id) {
        for (int i = 0; i < entries.size(); i++) {
            List<String> e = entries.get(i);
            if (e != null && e.get(0).substring(ENTRY_START.length()).strip().replace("\"", "").equals(id)) {
                entries.set(i, null);
            }
        }
    }

    void write() throws IOException {
        entries.removeIf(e -> e == null);
        writtenAt.clear();
        List<String> out = new ArrayList<>(header);
        for (List<String> e : entries) {
            writtenAt.add(out.size() + 1);
            out.addAll(e);
        }
        if (entries.isEmpty()) {
            Files.deleteIfExists(target);
        } else {
            Files.write(target, out, StandardCharsets.UTF_8);
        }
    }
}
