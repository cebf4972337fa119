package io.hsmlog.knowledge;

/** Where a piece of knowledge was written: a file and a 1-based line. */
public record Origin(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
