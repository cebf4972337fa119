package io.hsmlog.engine.parse;

import java.util.Set;

import static io.hsmlog.engine.parse.Text.isBlank;
import static io.hsmlog.engine.parse.Text.skipBlanks;
import static io.hsmlog.engine.parse.Text.tokenEnd;

/**
 * Reads one line of snmpwalk/snmpget output, {@code [MIB::]object[.index] = [TYPE: ]value}, as the guide prints
 * it (as a bullet {@code - > CHRYSALIS-UTSP-MIB::ntIsOperStatus.0 = INTEGER: up(1)}) or as net-snmp prints it with
 * symbolic or numeric names.
 */
final class SnmpWalkParser {

    static final String PROCESS = Source.SNMP_WALK.key();

    private static final Set<String> VALUE_TYPES = Set.of(
            "INTEGER", "Integer32", "Unsigned32", "UInteger32", "Counter32", "Counter64", "Gauge32", "Timeticks",
            "STRING", "OCTET STRING", "Hex-STRING", "OID", "IpAddress", "Network Address", "BITS", "Opaque",
            "NULL", "Float", "Double", "Opaque: Float", "Opaque: Double");

    /** Agent answers that stand in place of a typed value. */
    private static final String[] EXCEPTIONS = {"No Such Object", "No Such Instance", "No more variables"};

    /** First components of names net-snmp prints for objects it has no MIB for: the whole name is the object. */
    private static final Set<String> TREE_ROOTS = Set.of(
            "iso", "ccitt", "joint-iso-ccitt", "org", "dod", "internet", "private", "enterprises", "mgmt", "mib-2",
            "experimental", "snmpV2", "snmpModules");

    /** The walk value at {@code s[start, end)}, or null when the line is not {@code name = value}. */
    LogEvent.Builder parse(long line, String s, int start, int end) {
        int at = skipBullet(s, start, end);
        int nameEnd = tokenEnd(s, at, end);
        if (!isObjectName(s, at, nameEnd)) {
            return null;
        }
        int equals = skipBlanks(s, nameEnd, end);
        // net-snmp always prints something after " = ": a type, quotes, or an agent's exception
        if (equals + 2 >= end || s.charAt(equals) != '=' || !isBlank(s.charAt(equals + 1))) {
            return null;
        }
        String name = s.substring(at, nameEnd);
        int mibEnd = name.indexOf("::");
        String mib = mibEnd > 0 ? name.substring(0, mibEnd) : null;
        String qualified = mibEnd >= 0 ? name.substring(mibEnd + 2) : name;
        if (qualified.isEmpty()) {
            return null;
        }
        String object = qualified;
        String index = null;
        int dot = qualified.indexOf('.');
        if (dot > 0 && !TREE_ROOTS.contains(qualified.substring(0, dot)) && !Text.isDigit(qualified.charAt(0))) {
            object = qualified.substring(0, dot);
            index = qualified.substring(dot + 1);
        }
        object = normaliseNtls(object);

        String written = Text.trimmed(s, equals + 1, end);
        String type = null;
        String value = exception(written);
        if (value == null) {
            int colon = typeEnd(written);
            if (colon > 0) {
                type = written.substring(0, colon);
                written = Text.trimmed(written, colon + 1, written.length());
            }
            value = unquote(written);
        } else {
            written = value;
        }
        String instance = index == null ? object : object + '.' + index;
        String message = instance + " = " + (type == null ? written : (type + ": " + written).trim());
        return LogEvent.builder(line, Source.SNMP_WALK).raw(s).process(PROCESS).processKey(PROCESS)
                .walk(mib, object, index, type, value).message(message).body(Text.trimmed(s, at, end));
    }

    /** The guide prints walk output as "- > " bullets. */
    private static int skipBullet(String s, int at, int end) {
        while (at < end) {
            char c = s.charAt(at);
            if (c != '-' && c != '>' && c != '*' && !isBlank(c)) {
                break;
            }
            at++;
        }
        return at;
    }

    /** {@code MIB::name.index} as net-snmp prints it, string indexes included ({@code hsmTable."abc"}). */
    private static boolean isObjectName(String s, int from, int to) {
        if (to == from) {
            return false;
        }
        char first = s.charAt(from);
        if (!Text.isLetter(first) && !Text.isDigit(first) && first != '.') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Text.isWordChar(c) && c != '.' && c != ':' && c != '-' && c != '"' && c != '[' && c != ']') {
                return false;
            }
        }
        return true;
    }

    /** The guide misprints the ntls* objects of CHRYSALIS-UTSP-MIB with a capital I: ntIsOperStatus. */
    private static String normaliseNtls(String object) {
        if (object.startsWith("ntIs") && (object.length() == 4 || Character.isUpperCase(object.charAt(4)))) {
            return "ntls" + object.substring(4);
        }
        return object;
    }

    private static String exception(String written) {
        for (String exception : EXCEPTIONS) {
            if (written.startsWith(exception)) {
                return exception;
            }
        }
        return null;
    }

    /** Length of a leading {@code TYPE:}, or -1. */
    private static int typeEnd(String written) {
        int colon = written.indexOf(':');
        if (colon <= 0) {
            return -1;
        }
        if (VALUE_TYPES.contains(written.substring(0, colon))) {
            // "Opaque: Float: 1.5" names its type in two parts
            int second = written.indexOf(':', colon + 1);
            if (second > 0 && VALUE_TYPES.contains(written.substring(0, second))) {
                return second;
            }
            return colon;
        }
        return -1;
    }

    private static String unquote(String value) {
        int length = value.length();
        if (length >= 2 && value.charAt(0) == '"' && value.charAt(length - 1) == '"') {
            return value.substring(1, length - 1);
        }
        return value;
    }
}
