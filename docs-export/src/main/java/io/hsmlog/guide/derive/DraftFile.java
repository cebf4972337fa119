package io.hsmlog.guide.derive;

import java.util.List;

/**
 * A draft entries file: the header that applies to every entry, and the entries.
 *
 * @param facility null when the component's messages use several facilities (then entries carry their own)
 * @param logFile  null when the component writes to several log files
 * @param comments remarks written as YAML comments above the header
 */
public record DraftFile(String component, List<String> processes, String facility, String logFile,
                        List<String> comments, List<DraftEntry> entries) {
}
