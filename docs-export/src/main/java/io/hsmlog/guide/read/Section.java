package io.hsmlog.guide.read;

/**
 * A second-level heading of a chapter.
 *
 * @param component the component key the section describes, or null where the section is not about one
 */
public record Section(int chapter, String title, String component, int line) {
}
