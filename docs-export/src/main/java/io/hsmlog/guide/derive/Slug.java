package io.hsmlog.guide.derive;

import java.util.Locale;

/** Lower-case, hyphenated identifiers from headings. */
final class Slug {

    private static final int MAX = 48;

    private Slug() {
    }

    static String of(String heading) {
        String s = heading.toLowerCase(Locale.ROOT).replace("&", " and ").replace("%", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX) {
            int cut = s.lastIndexOf('-', MAX);
            s = s.substring(0, cut > 0 ? cut : MAX);
        }
        return s;
    }
}
