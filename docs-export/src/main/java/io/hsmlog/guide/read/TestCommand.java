package io.hsmlog.guide.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code sysconf snmp trap test} command of Chapter 6 and the log line it makes the appliance write:
 * the message tagged "***TEST : ", under the given facility, level and process, as the guide's
 * "Sub-System Log Reference" shows. The date, host and pid follow the guide's conventions.
 */
record TestCommand(String facility, String level, String process, String message, boolean pid) {

    private static final Pattern COMMAND = Pattern.compile("^(?:\\[[^]]*] )?lunash:>\\s*sysconf snmp trap test\\b.*");
    private static final Pattern FACILITY = Pattern.compile("-logfacility (\\S+)");
    private static final Pattern LEVEL = Pattern.compile("-loglevel (\\S+)");
    private static final Pattern PROCESS = Pattern.compile("-process (\\S+)");
    private static final Pattern MESSAGE = Pattern.compile("-message \"([^\"]*)\"(.*)$");

    static final String DATE = "2012 Feb 29 12:05:01";
    static final String HOST = "myLuna";
    static final String PID = "1234";

    static boolean isCommand(String line) {
        return COMMAND.matcher(line.strip()).matches();
    }

    /** Parses a joined command; null when it lacks a part of the message it writes. */
    static TestCommand parse(String command) {
        Matcher f = FACILITY.matcher(command);
        Matcher l = LEVEL.matcher(command);
        Matcher p = PROCESS.matcher(command);
        Matcher m = MESSAGE.matcher(command);
        if (!f.find() || !l.find() || !p.find() || !m.find()) {
            return null;
        }
        boolean pid = m.group(2).matches(".*(?:^|\\s)-pid\\b.*");
        return new TestCommand(f.group(1), l.group(1), p.group(1), m.group(1).strip(), pid);
    }

    String logLine() {
        return DATE + " " + HOST + " " + facility + " " + level + " " + process + (pid ? "[" + PID + "]" : "")
                + ": ***TEST : " + message;
    }
}
