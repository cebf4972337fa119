package io.hsmlog.engine.correlate;

/** Log lines in the guide's display format, on 2012 Feb 29 unless a day is given. */
final class Lines {
    private Lines() {
    }

    /** {@code time} is "12:05:01" or "Mar 1 08:00:00"; {@code rest} is what follows the host. */
    static String at(String time, String host, String rest) {
        String date = Character.isDigit(time.charAt(0)) ? "2012 Feb 29 " + time : "2012 " + time;
        return date + " " + host + " " + rest;
    }

    static String at(String time, String rest) {
        return at(time, "myLuna", rest);
    }

    static String fan(String time, String sensor, String threshold, int reading, int limit) {
        return fan(time, "myLuna", sensor, threshold, reading, limit);
    }

    static String fan(String time, String host, String sensor, String threshold, int reading, int limit) {
        return at(time, host, "local4 notice ipmievd: Fan sensor " + sensor + " . " + threshold + " going low (Reading "
                + reading + " < Threshold " + limit + " RPM)");
    }

    static String cpu(String time, String threshold, int reading, int limit) {
        return at(time, "local4 notice ipmievd: Temperature sensor CPU . " + threshold + " going high (Reading "
                + reading + " > Threshold " + limit + " Degrees C)");
    }

    static String psu(String time, String host, String sensor, String state) {
        return at(time, host, "local4 notice ipmievd: Power Supply sensor " + sensor + " . - Failure detected " + state);
    }
}
