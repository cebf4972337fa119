package io.hsmlog.bench.corpus;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static io.hsmlog.bench.corpus.SyslogLine.luna;
import static io.hsmlog.bench.corpus.SyslogLine.of;
import static io.hsmlog.bench.corpus.SyslogLine.tag;

/** Messages that stand alone: disk temperature readings, service chatter, other daemons, and the rare failures. */
final class OneLiners {
    private static final String[] JOBS = {"cron.daily", "cron.daily", "cron.daily", "cron.weekly", "cron.monthly"};

    private final SplittableRandom rng;
    private final Fleet fleet;
    private final Clock clock;
    /** Per appliance: the disk's current, lowest and highest temperature, as smartd tracks them. */
    private final Map<String, int[]> diskTemperatures = new HashMap<>();

    OneLiners(SplittableRandom rng, Fleet fleet, Clock clock) {
        this.rng = rng;
        this.fleet = fleet;
        this.clock = clock;
    }

    /** smartd's periodic temperature change; now and then an attribute change. */
    String smartd(String ts) {
        String host = fleet.host();
        String tag = tag("smartd", fleet.pid(host, "smartd"), false);
        if (rng.nextInt(10) == 0) {
            int from = 95 + rng.nextInt(6);
            return of(ts, host, "daemon", "info", tag, "Device: /dev/sda, SMART Prefailure Attribute: 1 "
                    + "Raw_Read_Error_Rate changed from " + from + " to " + (from + 1 + rng.nextInt(5)));
        }
        int[] t = diskTemperatures.computeIfAbsent(host, k -> {
            int start = 30 + rng.nextInt(6);
            return new int[]{start, start, start};
        });
        int step = 1 + rng.nextInt(3);
        int delta = t[0] + step > 42 ? -step : t[0] - step < 26 ? step : rng.nextBoolean() ? step : -step;
        t[0] += delta;
        t[1] = Math.min(t[1], t[0]);
        t[2] = Math.max(t[2], t[0]);
        return of(ts, host, "daemon", "info", tag, "Device: /dev/sda, Temperature changed " + (delta > 0 ? "+" : "")
                + delta + " Celsius to " + t[0] + " Celsius (Min/Max " + t[1] + "/" + t[2] + ")");
    }

    /** anacron's job bookkeeping (crond's sessions are {@link Sessions#cronJob()}). */
    String anacron(String ts, long index) {
        String host = fleet.host();
        return of(ts, host, "cron", "notice", tag("anacron", fleet.pid(host, "anacron"), false),
                "Updated timestamp for job `" + JOBS[rng.nextInt(JOBS.length)] + "' to " + clock.isoDate(index));
    }

    /** The certificate monitor, the REST API server and the SNMP trap agent going about their work. */
    String services(String ts) {
        String host = fleet.host();
        String admin = fleet.adminStation();
        return switch (rng.nextInt(6)) {
            case 0 -> of(ts, host, "local5", "info", tag("certmonitord", fleet.pid(host, "certmonitord"), false),
                    luna("info", "0", "NTLS certificate will be expire on Jul 26 16:32:48 2027 GMT"));
            case 1 -> of(ts, host, "local5", "info", tag("AdminAPI", fleet.pid(host, "AdminAPI"), false),
                    luna("info", "0", "Client " + admin + ":" + fleet.ephemeralPort() + " connected"));
            case 2 -> of(ts, host, "local5", "info", tag("AdminAPI", fleet.pid(host, "AdminAPI"), false),
                    luna("info", "0", admin + " successfully logged in as admin with session id of " + uuid()));
            case 3 -> of(ts, host, "local5", "info", tag("AdminAPI", fleet.pid(host, "AdminAPI"), false),
                    luna("info", "0", "Session " + uuid() + " logged out"));
            case 4 -> of(ts, host, "local5", "info", tag("AdminAPI", fleet.pid(host, "AdminAPI"), false),
                    luna("info", "0", "Parsed client " + admin + "'s request"));
            default -> of(ts, host, "local5", "info", "lsta", "fanAttentionNotify for [" + host + ":"
                    + fleet.addressOf(host) + " / messages / " + ts + " / ipmievd / 1]");
        };
    }

    /** Daemons the guide does not document: hsmlog must still judge them, by the guide's generic rules. */
    String undocumented(String ts) {
        String host = fleet.host();
        return switch (rng.nextInt(6)) {
            case 0 -> of(ts, host, "daemon", "notice", tag("ntpd", fleet.pid(host, "ntpd"), false),
                    "synchronized to 10.0.0.254, stratum " + (1 + rng.nextInt(3)));
            case 1 -> of(ts, host, "daemon", "info", tag("ntpd", fleet.pid(host, "ntpd"), false),
                    "kernel time sync status change 2001");
            case 2 -> of(ts, host, "syslog", "info", "rsyslogd", "[origin software=\"rsyslogd\" "
                    + "swVersion=\"8.2102.0\" x-pid=\"" + fleet.pid(host, "rsyslogd") + "\" "
                    + "x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed");
            case 3 -> of(ts, host, "daemon", "info", tag("dhclient", fleet.pid(host, "dhclient"), false),
                    "DHCPREQUEST on eth0 to 10.0.0.254 port 67 (xid=0x" + Integer.toHexString(rng.nextInt()) + ")");
            case 4 -> of(ts, host, "daemon", "info", tag("dhclient", fleet.pid(host, "dhclient"), false),
                    "bound to " + fleet.addressOf(host) + " -- renewal in " + (1200 + rng.nextInt(1200)) + " seconds.");
            default -> of(ts, host, "daemon", "info", tag("snmpd", fleet.pid(host, "snmpd"), false),
                    "Connection from UDP: [" + fleet.adminStation() + "]:" + fleet.ephemeralPort() + "->["
                            + fleet.addressOf(host) + "]:161");
        };
    }

    /** Errors and failures, each rare, that the guide says to act on. */
    String rare(String ts) {
        String host = fleet.host();
        String ntls = tag("NTLS", fleet.pid(host, "NTLS"), true);
        String client = fleet.client() + "/" + fleet.ephemeralPort();
        return switch (rng.nextInt(13)) {
            case 0 -> of(ts, host, "local5", "crit", ntls,
                    luna("critical", "0xc0000500", "NTLS listening port could not Bind : RC_SOCKET_ERROR"));
            case 1 -> of(ts, host, "local5", "err", ntls,
                    luna("error", "0xc0000500", "Unable to initialize data path server socket : RC_SOCKET_ERROR"));
            case 2 -> of(ts, host, "local5", "info", ntls, luna("info", "0xc0000711",
                    "Fail to establish a secure channel with client : " + client + " : RC_SSL_FAILED_HANDSHAKE"));
            case 3 -> of(ts, host, "local5", "info", ntls,
                    luna("info", "0", "Client credentials cannot be verified. Connection terminated : " + client));
            case 4 -> of(ts, host, "daemon", "crit", tag("smartd", fleet.pid(host, "smartd"), false),
                    "Device: /dev/sda, Temperature 45 Celsius reached limit of 44 Celsius (Min/Max 31/45)");
            case 5 -> of(ts, host, "local4", "warning", "ipmiev",
                    "SEL buffer used at 85%, please consider clearing the SEL buffer");
            case 6 -> of(ts, host, "local4", "alert", "ipmiev",
                    "SEL buffer overflow, no SEL message can be logged until the SEL buffer is cleared");
            case 7 -> of(ts, host, "syslog", "warn", "crontab", "DISK FULL: WARNING! First log threshold reached 75%. "
                    + "Please clean up the logs using the \"syslog cleanup\" command");
            case 8 -> of(ts, host, "syslog", "alert", "crontab",
                    "DISK FULL: 90%. All log files except hsm.log deleted.");
            case 9 -> of(ts, host, "local5", "warn", tag("lunash", fleet.pid(host, "lunash"), true),
                    "HSM Admin Login: incorrect password or PED key");
            case 10 -> of(ts, host, "authpriv", "info", tag("sshd", fleet.pid(host, "sshd") + rng.nextInt(5000), false),
                    "Connection closed by " + fleet.client() + " [preauth]");
            case 11 -> of(ts, host, "local5", "err", tag("AdminAPI", fleet.pid(host, "AdminAPI"), false),
                    luna("error", "0", fleet.adminStation() + " login attempt failed"));
            default -> of(ts, host, "local4", "err", "ipmievd", "Unable to retrieve SEL data");
        };
    }

    private String uuid() {
        return String.format("%08x-%04x-4%03x-a%03x-%012x", rng.nextInt(), rng.nextInt(0x10000), rng.nextInt(0x1000),
                rng.nextInt(0x1000), rng.nextLong(0x1000000000000L));
    }
}
