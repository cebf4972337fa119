package io.hsmlog.guide.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the Luna Network HSM 7 "Syslog and SNMP Monitoring Guide" (plain text) into a {@link Guide}:
 * chapters, sections, group and subsection headings, prose, component tables, and the example lines
 * with the guide's line wrapping undone.
 */
public final class GuideReader {

    private GuideReader() {
    }

    public static Guide read(Path guide) {
        try {
            return parse(Files.readAllLines(guide, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the guide " + guide, e);
        }
    }

    /** Parses the guide's lines; line numbers in the result count from 1. */
    public static Guide parse(List<String> lines) {
        return new GuideParser(lines).parse();
    }
}
