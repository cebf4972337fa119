package io.hsmlog.features;

import io.cucumber.datatable.DataTable;
import io.cucumber.docstring.DocString;
import io.cucumber.java.en.Given;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** "Given ...": the lines a scenario assesses, in the order given, numbered from 1. */
public class InputSteps {

    /** One log line per line of a doc string, or per row of a one-column table; any framing. */
    @Given("the log lines:")
    public void theLogLines(Object linesGiven) {
        lines(linesGiven).forEach(state()::addLine);
    }

    @Given("the log line {string}")
    public void theLogLine(String line) {
        state().addLine(line);
    }

    /** Lines of snmpwalk output, e.g. CHRYSALIS-UTSP-MIB::ntlsOperStatus.0 = INTEGER: up(1). */
    @Given("the SNMP walk output:")
    public void theSnmpWalkOutput(Object linesGiven) {
        lines(linesGiven).forEach(state()::addLine);
    }

    /**
     * One trap as snmptrapd's trap handler logged it. The handler writes a trap on one line; a doc string may lay
     * it over several, which are joined with a space.
     */
    @Given("the received trap:")
    public void theReceivedTrap(DocString trap) {
        state().addLine(String.join(" ", trap.getContent().strip().split("\\s*\\R\\s*")));
    }

    /** A line of one character repeated, e.g. a line of 1048576 "A" characters. */
    @Given("a line of {int} {string} characters")
    public void aLineOfCharacters(int count, String character) {
        state().addLine(character.repeat(count));
    }

    /** A line of raw bytes written in hex, e.g. "C3 28" (not UTF-8) or "00" (NUL). */
    @Given("a line with the bytes {string}")
    public void aLineWithTheBytes(String hex) {
        state().addBytes(Hex.decode(hex));
    }

    /** Text followed by raw bytes on the same line, e.g. a syslog header and then undecodable bytes. */
    @Given("the log line {string} followed by the bytes {string}")
    public void theLogLineFollowedByTheBytes(String text, String hex) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        line.writeBytes(Hex.decode(hex));
        state().addBytes(line.toByteArray());
    }

    /** The address the trap agent's log reference gives for an appliance (Chapter 6, "Sub-System Log Reference"). */
    @Given("the appliance {string} has the address {string}")
    public void theApplianceHasTheAddress(String host, String ip) {
        state().applianceAddress(host, ip);
    }

    private static List<String> lines(Object linesGiven) {
        if (linesGiven instanceof DocString doc) {
            return doc.getContent().lines().toList();
        }
        if (linesGiven instanceof DataTable table) {
            if (table.width() > 1) {
                throw new IllegalArgumentException("Give one log line per row, in a single column (write | inside a line as \\|).");
            }
            return table.asList();
        }
        throw new IllegalArgumentException("Give the lines in a doc string (between \"\"\" lines) or a one-column table.");
    }

    private static ScenarioState state() {
        return ScenarioState.current();
    }
}
