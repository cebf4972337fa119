package io.hsmlog.guide.read;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the reader knows about the guide beyond its text: which section describes which component,
 * which headings classify messages, and the few lines that need a judgement. Kept as data here so a
 * revised guide is handled by editing a table, not the parser.
 */
final class Catalog {

    /** Component key by section heading, for Chapters 3 and 4. */
    private static final Map<String, String> SECTION_COMPONENTS = Map.ofEntries(
            Map.entry("IPMI", "ipmi"),
            Map.entry("SMART", "smart"),
            Map.entry("SNMP", "snmp"),
            Map.entry("NTP", "ntp"),
            Map.entry("SSH", "ssh"),
            Map.entry("Privileged Services", "privileged"),
            Map.entry("Kernel", "kernel"),
            Map.entry("sysstat", "sysstat"),
            Map.entry("HSM Callback Service", "cbs"),
            Map.entry("Network Trust Link Service", "ntls"),
            Map.entry("Luna Administrative Shell: State and Status", "lush"),
            Map.entry("Luna Shell: Command Logging", "lunash"),
            Map.entry("cron & crontab", "cron"),
            Map.entry("Certificate Monitoring Daemon", "certmonitord"),
            Map.entry("Luna SNMP Trap Agent", "lsta"),
            Map.entry("Admin API", "adminapi"));

    /** Component key by process, where the guide's structure names no component (Chapters 1 and 6). */
    private static final Map<String, String> PROCESS_COMPONENTS = Map.of(
            "ipmievd", "ipmi",
            "ipmievdc", "ipmi",
            "ipmiev", "ipmi",
            "smartd", "smart",
            "ntls", "ntls",
            "kernel", "kernel",
            "sysstatd", "sysstat",
            "lunash", "lunash");

    /** Notification by Chapter 6 subsection, spelled as the guide prints them ("ntlAttentionNotify" for NTLS). */
    private static final Map<String, String> NOTIFICATIONS = Map.of(
            "Fan Failure", "fanAttentionNotify",
            "Power Supply Failure", "powerSupplyAttentionNotify",
            "Motherboard Failure", "motherboardAttentionNotify",
            "Disk Drive Failure", "diskDriveAttentionNotify",
            "NTLS Failure", "ntlAttentionNotify",
            "Crypto Failure", "cryptoAttentionNotify");

    private static final Pattern GROUP_HEADING = Pattern.compile(
            "^(?:.+: )?(Significant Expected|Significant|Insignificant|Unlikely|Expected|Unexpected) Log Messages$");
    private static final Pattern DEBUG_SUBSECTION = Pattern.compile("^.+ Debug Messages$");
    private static final Pattern DETAIL_HEADING = Pattern.compile("^\\d+%.*");

    /**
     * Lines printed inside a block under a smartd line, without a header, that smartd writes as a line of
     * their own: its messages with an embedded newline go to syslog one line per record.
     */
    private static final List<Pattern> SEPARATE_LINES = List.of(
            Pattern.compile("^smartd is exiting \\(exit status \\d+\\)$"),
            Pattern.compile("^Try 'smartctl -s on \\S+' to turn on SMART features$"));

    /** Chapters without group headings whose examples are introduced, rather than followed, by their prose. */
    private static final List<Integer> MEANING_BEFORE = List.of(1, 5);

    private Catalog() {
    }

    static String sectionComponent(int chapter, String section) {
        return switch (chapter) {
            case 2 -> "snmp";
            case 3, 4 -> section == null ? null : SECTION_COMPONENTS.get(section);
            case 5 -> "oamp";
            default -> null;
        };
    }

    static String processComponent(String process) {
        return process == null ? null : PROCESS_COMPONENTS.get(process.toLowerCase(Locale.ROOT));
    }

    static String notification(String subsection) {
        return subsection == null ? null : NOTIFICATIONS.get(subsection);
    }

    /** The group key a group heading stands for, or null when the heading is not a group heading. */
    static String groupOfHeading(String heading) {
        if (heading.equals("Debug Messages")) {
            return "debug";
        }
        Matcher m = GROUP_HEADING.matcher(heading);
        if (!m.matches()) {
            return null;
        }
        return switch (m.group(1)) {
            case "Significant Expected", "Expected" -> "expected";
            case "Significant" -> "significant";
            case "Insignificant" -> "insignificant";
            case "Unlikely" -> "unlikely";
            default -> "unexpected";
        };
    }

    /** The group of a position: a debug subsection overrides its group heading. */
    static String group(Position p) {
        if (p.subsection() != null && DEBUG_SUBSECTION.matcher(p.subsection()).matches()) {
            return "debug";
        }
        if (p.group() != null) {
            return groupOfHeading(p.group());
        }
        // IPMI's discussion of threshold and discrete events precedes its group headings and shows the
        // significant sensor records.
        if ("IPMI".equals(p.section()) && ("Threshold Events".equals(p.subsection())
                || "Discrete Events".equals(p.subsection()))) {
            return "significant";
        }
        return null;
    }

    static boolean isDetailHeading(String heading) {
        return DETAIL_HEADING.matcher(heading).matches();
    }

    static boolean isSeparateLine(String line) {
        String t = line.strip();
        return SEPARATE_LINES.stream().anyMatch(p -> p.matcher(t).matches());
    }

    static boolean meaningBefore(int chapter) {
        return MEANING_BEFORE.contains(chapter);
    }
}
