package io.hsmlog.features;

/**
 * Compares guide prose with assessed prose: YAML folds lines and the guide's PDF breaks them anywhere, and the
 * guide prints typographic quotes where the knowledge may have plain ones.
 */
final class Prose {
    private Prose() {
    }

    static boolean contains(String text, String part) {
        return text != null && normal(text).contains(normal(part));
    }

    static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").replaceAll("[“”]", "\"").replaceAll("[‘’]", "'");
    }
}
