package io.hsmlog.engine;

import io.hsmlog.engine.parse.LogEvent;
import io.hsmlog.knowledge.Entry;

import java.util.Map;

/**
 * Writes the ssLogReference the trap agent sends (Chapter 6, "Sub-System Log Reference"):
 * {@code [host:ip / date / logfile / process[pid] / 1|0]}. A log line names its host but not the host's address;
 * addresses come from configuration, and the reference leaves the address out when none is known.
 */
final class TrapReference {
    private final Map<String, String> addresses;

    TrapReference(Map<String, String> addresses) {
        this.addresses = Map.copyOf(addresses);
    }

    String of(LogEvent e, Entry entry, boolean assertion) {
        String host = e.host() == null ? "" : e.host();
        String ip = addresses.get(host);
        String process = e.process() == null ? "" : e.process() + (e.pid() == null ? "" : "[" + e.pid() + "]");
        return "[" + (ip == null ? host : host + ":" + ip)
                + " / " + (e.timestampText() == null ? "" : e.timestampText())
                + " / " + logFile(e, entry)
                + " / " + process
                + " / " + (assertion ? 1 : 0) + "]";
    }

    /** The entry's log file; for messages no entry describes, the file the guide's tables give for the facility. */
    private static String logFile(LogEvent e, Entry entry) {
        if (entry != null && entry.logFile() != null) return entry.logFile();
        String f = e.facility();
        if (f == null) return "messages";
        return switch (f) {
            case "local5" -> "lunalog";
            case "authpriv" -> "secure";
            default -> "messages";
        };
    }
}
