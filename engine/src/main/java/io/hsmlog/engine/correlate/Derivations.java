package io.hsmlog.engine.correlate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The values a correlation's {@code derive} can compute. */
final class Derivations {
    /** OpenSSL's notAfter, as certmonitord logs it: {@code Jul 26 16:32:48 2023} (a GMT suffix is dropped). */
    private static final DateTimeFormatter OPENSSL = DateTimeFormatter.ofPattern("MMM d HH:mm:ss yyyy", Locale.ENGLISH);

    private Derivations() {
    }

    /**
     * Whole days from {@code from} to the date written in {@code date}, rounded down (negative once it has passed);
     * null when the date cannot be read. The log's clock and the certificate's GMT may differ by the appliance's
     * offset from GMT: a fraction of a day, which the rounding absorbs.
     */
    static Long daysUntil(String date, LocalDateTime from) {
        if (date == null || from == null) return null;
        LocalDateTime until = parse(date);
        if (until == null) return null;
        long seconds = java.time.Duration.between(from, until).getSeconds();
        return Math.floorDiv(seconds, 86_400L);
    }

    private static LocalDateTime parse(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.endsWith(" GMT") || s.endsWith(" UTC")) s = s.substring(0, s.length() - 4);
        try {
            return LocalDateTime.parse(s, OPENSSL);
        } catch (DateTimeParseException e) {
            // Not OpenSSL's form: try an ISO date, with or without a time.
        }
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
