package io.hsmlog.engine.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every log record and walk line the guide prints is read the way the guide describes it. */
class GuideExamplesTest {

    private static final Pattern RECORD = Pattern.compile("^(\\d{4} [A-Z][a-z]{2} +\\d|[A-Z][a-z]{2} +\\d+ \\d\\d:).*");
    /** myLuna, myLUT, LunaSA5, local_host: the guide's host names. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private static List<String> guide;

    @BeforeAll
    static void readGuide() throws IOException {
        String location = System.getProperty("hsmlog.guide");
        assumeTrue(location != null && Files.isRegularFile(Path.of(location)), "the guide is beside the checkout");
        guide = Files.readAllLines(Path.of(location));
    }

    @Test
    void everyPrintedRecordHasHostSeverityAndProcess() {
        LineParser parser = new LineParser(2026);
        int records = 0;
        for (int i = 0; i < guide.size(); i++) {
            String line = guide.get(i);
            if (!RECORD.matcher(line).matches()) {
                continue;
            }
            records++;
            LogEvent event = parser.parse(i + 1, line);
            String where = "guide line " + (i + 1) + ": " + line;
            assertAll(where,
                    () -> assertEquals(Source.SYSLOG, event.source()),
                    () -> assertTrue(event.host() != null && HOST.matcher(event.host()).matches(), "host " + event.host()),
                    () -> assertNotNull(event.process(), "process"),
                    () -> assertNotNull(event.timestamp(), "timestamp"),
                    () -> assertTrue(event.facility() == null || event.severity() != null, "severity"));
        }
        assertTrue(records > 600, "found " + records + " records");
    }

    @Test
    void everyPrintedWalkLineIsAWalkValue() {
        LineParser parser = new LineParser(2026);
        long walks = guide.stream().filter(line -> line.startsWith("- > CHRYSALIS-UTSP-MIB::"))
                .map(line -> parser.parse(1, line))
                .peek(event -> assertEquals(Source.SNMP_WALK, event.source(), event::toString))
                .count();
        assertEquals(9, walks);
    }
}
