package io.hsmlog.cli.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IsoTimestampTest {
    @ParameterizedTest
    @ValueSource(strings = {"2012-02-29T12:05:01", "2026-01-01T00:00:00", "1999-12-31T23:59:59",
            "2026-03-02T12:05:01.5", "2026-03-02T12:05:01.000000123", "0999-01-01T00:00:00", "+10000-01-01T00:00:00"})
    void writesWhatTheIsoFormatterWrites(String text) {
        LocalDateTime t = LocalDateTime.parse(text);
        assertEquals(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t), IsoTimestamp.format(t));
        assertEquals(text, IsoTimestamp.format(t));
    }

    @Test
    void agreesWithTheIsoFormatterOnRandomTimes() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            LocalDateTime t = LocalDateTime.of(1000 + random.nextInt(9000), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60));
            assertEquals(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t), IsoTimestamp.format(t));
        }
    }
}
