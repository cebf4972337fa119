package io.hsmlog.guide.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a line sits in the guide's structure. Any level below the chapter may be absent.
 *
 * @param chapter      chapter number, 0 for the front matter
 * @param chapterTitle "Chapter 3: Open Source Components"
 * @param section      a section listed at the start of the chapter ("IPMI", "Sub-System Log Reference")
 * @param group        the group heading as printed ("Unlikely Log Messages")
 * @param subsection   the subsection heading ("SEL Buffer Overflow")
 * @param detail       a heading nested in a subsection ("75% - 89%" under "Disk Filling")
 */
public record Position(int chapter, String chapterTitle, String section, String group,
                       String subsection, String detail) {

    static final Position FRONT_MATTER = new Position(0, null, null, null, null, null);

    /** The headings from the chapter down, absent levels left out. */
    public List<String> path() {
        List<String> path = new ArrayList<>();
        for (String s : new String[] {chapterTitle, section, group, subsection, detail}) {
            if (s != null) {
                path.add(s);
            }
        }
        return List.copyOf(path);
    }

    /** The same subsection, ignoring nested detail headings. */
    public boolean sameSubsection(Position other) {
        return chapter == other.chapter && Objects.equals(section, other.section)
                && Objects.equals(group, other.group) && Objects.equals(subsection, other.subsection);
    }

    Position withSection(String s) {
        return new Position(chapter, chapterTitle, s, null, null, null);
    }

    Position withGroup(String g) {
        return new Position(chapter, chapterTitle, section, g, null, null);
    }

    Position withSubsection(String s) {
        return new Position(chapter, chapterTitle, section, group, s, null);
    }

    Position withDetail(String d) {
        return new Position(chapter, chapterTitle, section, group, subsection, d);
    }
}
