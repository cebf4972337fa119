package io.hsmlog.guide.read;

import java.util.List;

/**
 * A chapter of the guide.
 *
 * @param sectionTitles the sections the chapter lists at its start; they are its second-level headings
 */
public record Chapter(int number, String title, int line, List<String> sectionTitles) {
}
