package io.hsmlog.engine.correlate;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Days of an appliance fleet's logs, made up line by line as it is read, so that its length costs no memory:
 * mostly routine messages, with the floods and incidents the correlations look for mixed in (password guessing,
 * flapping fans, failing NTLS starts, certificate warnings, traps).
 */
public final class GeneratedLog extends InputStream {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy MMM d HH:mm:ss", Locale.ENGLISH);
    private static final LocalDateTime START = LocalDateTime.of(2012, 2, 23, 0, 0);
    private static final long DAY_MILLIS = 24L * 3600 * 1000;
    private static final String[] HOSTS = {"luna1", "luna2", "luna3"};

    private final int lines;
    private final long spanMillis;
    private final Random random = new Random(20120229);
    private int written;
    private byte[] current = new byte[0];
    private int at;

    /** {@code lines} lines, evenly spread over {@code days} days. */
    public GeneratedLog(int lines, int days) {
        this.lines = lines;
        this.spanMillis = days * DAY_MILLIS;
    }

    @Override
    public int read() {
        if (at == current.length && !next()) return -1;
        return current[at++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) return 0;
        if (at == current.length && !next()) return -1;
        int n = Math.min(len, current.length - at);
        System.arraycopy(current, at, b, off, n);
        at += n;
        return n;
    }

    private boolean next() {
        if (written == lines) return false;
        LocalDateTime t = START.plusNanos(spanMillis * written / lines * 1_000_000L);
        String host = HOSTS[written % HOSTS.length];
        current = (TIME.format(t) + " " + host + " " + message(t) + "\n").getBytes(StandardCharsets.UTF_8);
        at = 0;
        written++;
        return true;
    }

    private String message(LocalDateTime t) {
        int pick = random.nextInt(100);
        if (pick < 40) {
            return "local5 info NTLS [1234]: info : 0xc0000002 : Connection accepted from: 192.168.0."
                    + random.nextInt(250) + "/" + (30000 + random.nextInt(30000));
        }
        if (pick < 50) return "local5 info lunash [77]: info : 0 : Command: hsm show : admin : Console";
        if (pick < 65) {
            String user = random.nextBoolean() ? "admin" : "operator";
            return "authpriv info sshd[" + random.nextInt(9000) + "]: Failed password for " + user + " from 10.0."
                    + random.nextInt(4) + "." + random.nextInt(50) + " port " + (1024 + random.nextInt(60000)) + " ssh2";
        }
        if (pick < 75) {
            boolean assertion = random.nextBoolean();
            return "local4 notice ipmievd: Fan sensor Fan3B . " + (random.nextBoolean() ? "Lower Critical" : "Lower Non-recoverable")
                    + " going low (Reading " + (assertion ? 500 : 15900) + " < Threshold 1000 RPM)";
        }
        if (pick < 80) {
            return "local4 notice ipmievd: Temperature sensor CPU . Upper Critical going high (Reading "
                    + (70 + random.nextInt(8)) + " > Threshold 72 Degrees C)";
        }
        if (pick < 85) {
            String pid = Integer.toString(1000 + random.nextInt(100));
            return switch (random.nextInt(3)) {
                case 0 -> "local5 info NTLS [" + pid + "]: info : 0 : Starting up NTLS.....";
                case 1 -> "local5 info NTLS [" + pid + "]: info : 0 : NTLS is online and operational.";
                default -> "local5 crit NTLS [" + pid + "]: critical : 0xc0000102 : Failed to create server. Terminating.";
            };
        }
        if (pick < 88) return "local5 warn lunash [1234]: HSM Admin Login: incorrect password or PED key";
        if (pick < 90) {
            return "local5 info certmonitord[1234]: info : 0 : NTLS certificate will be expire on Mar 20 16:32:48 2012 GMT";
        }
        if (pick < 95) {
            return "local4 notice ipmievd: Power Supply sensor PSU" + (1 + random.nextInt(2)) + "_Status . - Failure detected "
                    + (random.nextBoolean() ? "Asserted" : "Deasserted");
        }
        return "local5 err AdminAPI[1234]: error : 0 : 10.1.0." + random.nextInt(100) + " login attempt failed";
    }
}
