package io.hsmlog.bench.corpus;

import io.hsmlog.bench.corpus.Conversations.Pending;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static io.hsmlog.bench.corpus.SyslogLine.luna;
import static io.hsmlog.bench.corpus.SyslogLine.of;
import static io.hsmlog.bench.corpus.SyslogLine.tag;

/** The multi-line exchanges of the corpus, each from the guide's documented messages, in the order they occur. */
final class Sessions {
    private static final String[] COMMANDS = {"hsm show", "ntls show", "client list", "partition list",
            "sysconf show", "network show", "status sensors", "syslog tail -entries 50", "hsm information show",
            "ntls information show", "service status ntls", "client show -client app-07", "my file list"};
    private static final String[] FANS = {"Fan1A", "Fan1B", "Fan2A", "Fan2B", "Fan3A", "Fan3B"};

    private final SplittableRandom rng;
    private final Fleet fleet;

    Sessions(SplittableRandom rng, Fleet fleet) {
        this.rng = rng;
        this.fleet = fleet;
    }

    /** An NTLS client connects, authenticates and, later, disconnects (or times out). */
    List<Pending> ntlsClient() {
        String host = fleet.host();
        String tag = tag("NTLS", fleet.pid(host, "NTLS"), true);
        String ip = fleet.client();
        String client = ip + "/" + fleet.ephemeralPort();
        List<Pending> lines = new ArrayList<>(6);
        lines.add(lunaInfo(host, tag, "0", "Incoming connection request... : " + client));
        lines.add(lunaInfo(host, tag, "0xc0000002", "Connection accepted from: " + client));
        lines.add(lunaInfo(host, tag, "0xc0000002", "Handshake result from: " + client + ", result: Success"));
        lines.add(lunaInfo(host, tag, "0", "NTLS Client \"" + ip + "\" connected and authenticated : " + client));
        if (rng.nextInt(20) == 0) {
            lines.add(lunaInfo(host, tag, "0",
                    "Receive timer expired for client \"" + ip + "\". Terminate client connection: " + client));
        } else {
            lines.add(lunaInfo(host, tag, "0", "NTLS Client \"" + ip + "\" has disconnected: " + client));
        }
        lines.add(lunaInfo(host, tag, "0", "NTLS Client \"" + ip + "\" Connection instance removed : " + client));
        return lines;
    }

    /** An informational lunalog line of a Luna daemon (NTLS, lunash), with its error code. */
    private static Pending lunaInfo(String host, String tag, String code, String text) {
        return ts -> of(ts, host, "local5", "info", tag, luna("info", code, text));
    }

    /** An administrator logs in to LunaSH and runs a few commands, each logged. */
    List<Pending> lunashSession() {
        String host = fleet.host();
        String tag = tag("lunash", fleet.pid(host, "lunash") + rng.nextInt(50), true);
        String user = rng.nextInt(4) == 0 ? "monitor" : "admin";
        String from = rng.nextInt(10) == 0 ? "Console" : fleet.adminStation() + "/" + fleet.ephemeralPort();
        List<Pending> lines = new ArrayList<>();
        lines.add(lunaInfo(host, tag, "0", "Lush user login : " + user + " : " + from));
        int commands = 2 + rng.nextInt(8);
        for (int i = 0; i < commands; i++) {
            String command = COMMANDS[rng.nextInt(COMMANDS.length)];
            lines.add(lunaInfo(host, tag, "0", "Command: " + command + " : " + user + " : " + from));
        }
        return lines;
    }

    /** An SSH login to the appliance, its PAM session and its end. */
    List<Pending> sshLogin() {
        String host = fleet.host();
        int pid = fleet.pid(host, "sshd") + 1 + rng.nextInt(5000);
        String tag = tag("sshd", pid, false);
        String user = rng.nextInt(4) == 0 ? "monitor" : "admin";
        String from = fleet.adminStation();
        String method = rng.nextBoolean() ? "password" : "publickey";
        int port = fleet.ephemeralPort();
        List<Pending> lines = new ArrayList<>(4);
        lines.add(ts -> of(ts, host, "authpriv", "info", tag,
                "Accepted " + method + " for " + user + " from " + from + " port " + port + " ssh2"));
        lines.add(ts -> of(ts, host, "authpriv", "info", tag,
                "pam_unix(sshd[" + pid + "]:session): session opened for user " + user + " by (uid=0)"));
        lines.add(ts -> of(ts, host, "authpriv", "info", tag,
                "Received disconnect from " + from + ": 11: disconnected by user"));
        lines.add(ts -> of(ts, host, "authpriv", "info", tag,
                "pam_unix(sshd[" + pid + "]:session): session closed for user " + user));
        return lines;
    }

    /** A threshold crossed and, later, recovered: the same message with the reading back on the right side. */
    List<Pending> ipmiThreshold() {
        String host = fleet.host();
        String assertion;
        String recovery;
        switch (rng.nextInt(4)) {
            case 0 -> {
                String fan = FANS[rng.nextInt(FANS.length)];
                String head = "Fan sensor " + fan + " . Lower Critical going low (Reading ";
                assertion = head + (1000 + 100 * rng.nextInt(10)) + " < Threshold 2000 RPM)";
                recovery = head + (4000 + 100 * rng.nextInt(20)) + " < Threshold 2000 RPM)";
            }
            case 1 -> {
                String head = "Temperature sensor Inlet . Upper Critical going high (Reading ";
                assertion = head + (40 + rng.nextInt(5)) + " > Threshold 39 Degrees)";
                recovery = head + (28 + rng.nextInt(8)) + " > Threshold 39 Degrees)";
            }
            case 2 -> {
                String head = "Temperature sensor CPU . Upper Critical going high (Reading ";
                assertion = head + (73 + rng.nextInt(10)) + " > Threshold 72 Degrees)";
                recovery = head + (50 + rng.nextInt(15)) + " > Threshold 72 Degrees)";
            }
            default -> {
                String psu = rng.nextBoolean() ? "PSU1" : "PSU2";
                String head = "Voltage sensor " + psu + "_+12V_value. Lower Non-recoverable going low (Reading ";
                assertion = head + volts(10.5 + rng.nextDouble() * 0.7) + " < Threshold 11.232 Volts)";
                recovery = head + volts(11.9 + rng.nextDouble() * 0.3) + " < Threshold 11.232 Volts)";
            }
        }
        return List.of(ts -> of(ts, host, "local4", "notice", "ipmievd", assertion),
                ts -> of(ts, host, "local4", "notice", "ipmievd", recovery));
    }

    private static String volts(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** A power supply failure asserted and later deasserted. */
    List<Pending> powerSupply() {
        String host = fleet.host();
        String sensor = "Power Supply sensor " + (rng.nextBoolean() ? "PSU1" : "PSU2") + "_Status . - ";
        String state = rng.nextInt(3) == 0 ? "Presence detected " : "Failure detected ";
        return List.of(ts -> of(ts, host, "local4", "notice", "ipmievd", sensor + state + "Asserted"),
                ts -> of(ts, host, "local4", "notice", "ipmievd", sensor + state + "Deasserted"));
    }

    /** A cron job's PAM session as crond logs it. */
    List<Pending> cronJob() {
        String host = fleet.host();
        String tag = tag("crond(pam_unix)", fleet.pid(host, "crond") + rng.nextInt(2000), false);
        return List.of(ts -> of(ts, host, "auth", "info", tag, "session opened for user root by (uid=0)"),
                ts -> of(ts, host, "auth", "info", tag, "session closed for user root"));
    }
}
