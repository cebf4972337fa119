package io.hsmlog.features;

import java.io.ByteArrayOutputStream;

/** Bytes written as hex pairs, spaces optional: "C3 28", "c328". */
final class Hex {
    private Hex() {
    }

    static byte[] decode(String hex) {
        String digits = hex.replaceAll("\\s+", "");
        if (digits.length() % 2 != 0 || !digits.matches("[0-9A-Fa-f]*")) {
            throw new IllegalArgumentException("\"" + hex + "\" is not bytes in hex: write pairs of hex digits, e.g. \"C3 28\".");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(digits.length() / 2);
        for (int i = 0; i < digits.length(); i += 2) {
            bytes.write(Integer.parseInt(digits.substring(i, i + 2), 16));
        }
        return bytes.toByteArray();
    }
}
