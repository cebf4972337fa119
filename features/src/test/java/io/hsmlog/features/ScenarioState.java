package io.hsmlog.features;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Engine;
import io.hsmlog.engine.Finding;
import io.hsmlog.engine.correlate.Correlator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one scenario has given and what the engine made of it. Step classes share it through {@link #current()}:
 * Cucumber creates the step classes afresh for each scenario, and a scenario runs on one thread.
 */
final class ScenarioState {
    private static final ThreadLocal<ScenarioState> CURRENT = ThreadLocal.withInitial(ScenarioState::new);

    private final List<byte[]> lines = new ArrayList<>();
    private final Map<String, String> applianceAddresses = new LinkedHashMap<>();
    private List<Assessment> assessments;
    private List<Finding> incidents;

    static ScenarioState current() {
        return CURRENT.get();
    }

    static void reset() {
        CURRENT.set(new ScenarioState());
    }

    void addLine(String text) {
        addBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    void addBytes(byte[] line) {
        if (assessments != null) {
            throw new IllegalStateException("Lines were already assessed; give every line before \"When they are assessed\".");
        }
        lines.add(line);
    }

    void applianceAddress(String host, String ip) {
        applianceAddresses.put(host, ip);
    }

    int lineCount() {
        return lines.size();
    }

    /**
     * Assesses the lines as the command line does: as one byte stream, so undecodable bytes and over-long lines
     * meet the same reader they would in a real log.
     */
    List<Assessment> assess() {
        if (assessments == null) {
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            for (byte[] line : lines) {
                stream.writeBytes(line);
                stream.write('\n');
            }
            List<Assessment> out = new ArrayList<>();
            try {
                engine().assess(new ByteArrayInputStream(stream.toByteArray()), out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assessments = List.copyOf(out);
        }
        return assessments;
    }

    /** The incidents the assessed lines make, as a stream of them ends: windows still open are closed. */
    List<Finding> incidents() {
        if (incidents == null) {
            Correlator correlator = engine().correlator();
            List<Finding> found = new ArrayList<>();
            for (Assessment a : assess()) {
                found.addAll(correlator.accept(a));
            }
            found.addAll(correlator.finish());
            incidents = List.copyOf(found);
        }
        return incidents;
    }

    private Engine engine() {
        return Engines.with(applianceAddresses);
    }

    /** The assessment a step speaks of; assesses first if no "When" step did. */
    Assessment assessment(LineRef ref) {
        List<Assessment> all = assess();
        if (all.isEmpty()) {
            throw new AssertionError("Nothing was assessed: give the lines first, e.g. Given the log line \"...\".");
        }
        if (ref.number() == null) {
            if (all.size() > 1) {
                throw new AssertionError("This scenario assessed " + all.size()
                        + " lines; say which one, e.g. Then line 2 priority is \"high\".");
            }
            return all.get(0);
        }
        int n = ref.number();
        if (n < 1 || n > all.size()) {
            throw new AssertionError("There is no line " + n + ": this scenario assessed " + all.size()
                    + (all.size() == 1 ? " line." : " lines."));
        }
        return all.get(n - 1);
    }
}
