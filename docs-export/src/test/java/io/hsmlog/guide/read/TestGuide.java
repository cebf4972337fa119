package io.hsmlog.guide.read;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/** The guide the tests read, found through the system property the parent pom sets. */
public final class TestGuide {

    public static final String PROPERTY = "hsmlog.guide";

    private static Guide guide;

    private TestGuide() {
    }

    public static Path path() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            fail("system property " + PROPERTY + " is not set: run the tests through Maven (the parent pom sets it) "
                    + "or pass -D" + PROPERTY + "=<path to luna-network-hsm7-syslog-snmp-monitoring-guide.txt>");
        }
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            fail("the guide is not at " + path.toAbsolutePath() + " (system property " + PROPERTY + ")");
        }
        return path;
    }

    public static synchronized Guide guide() {
        if (guide == null) {
            guide = GuideReader.read(path());
        }
        return guide;
    }

    public static GuideExample at(int line) {
        return guide().examples().stream().filter(e -> e.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no example starts at guide line " + line));
    }
}
