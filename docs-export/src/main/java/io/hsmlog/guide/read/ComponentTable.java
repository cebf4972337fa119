package io.hsmlog.guide.read;

import java.util.List;

/**
 * A "Facility Keyword / Software Process / Log File" table.
 *
 * @param process   the process cell as printed ("smartd[pid]", "See list that follows")
 * @param processes the process names it stands for, without "[pid]"; for "See list that follows", the bullets after it
 */
public record ComponentTable(int line, String section, String facility, String process, String logFile,
                             List<String> processes) {
}
