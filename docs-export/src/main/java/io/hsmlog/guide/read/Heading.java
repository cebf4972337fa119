package io.hsmlog.guide.read;

/** A heading line and its level in the guide's structure. */
public record Heading(int line, String text, Level level) {

    /** Heading levels, outermost first. */
    public enum Level { CHAPTER, SECTION, GROUP, SUBSECTION, DETAIL }
}
