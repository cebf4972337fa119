package io.hsmlog.features;

/**
 * Which assessed line a step speaks of: "line 2", or "it" / "the" for the only line of a scenario.
 *
 * @param number the 1-based line number, or null for the only line
 */
record LineRef(Integer number) {
    static final LineRef ONLY = new LineRef(null);

    static LineRef parse(String words) {
        return words.startsWith("line ") ? new LineRef(Integer.valueOf(words.substring(5).trim())) : ONLY;
    }

    @Override
    public String toString() {
        return number == null ? "the line" : "line " + number;
    }
}
