package io.hsmlog.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The same message, as the guide prints it and as rsyslog forwards it (RFC 3164, RFC 5424), is read the same. */
class FramingTest {

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "local4|notice|165|ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 1600 < Threshold 2000 RPM)",
            "local4|alert|161|ipmiev: SEL buffer overflow, no SEL message can be logged until the SEL buffer is cleared",
            "local5|crit|170|NTLS[1234]: critical : 0xc0000500 : NTLS listening port could not Bind : RC_SOCKET_ERROR",
            "daemon|crit|26|smartd[1234]: Device: /dev/sda, Temperature 45 Celsius reached limit of 44 Celsius (Min/Max 31/49)",
            "local5|info|174|lunash[1234]: info : 0 : Command: hsm show : admin : 192.168.0.111/2719"})
    void threeFramingsOneAssessment(String facility, String severity, int pri, String tagAndMessage) {
        int colon = tagAndMessage.indexOf(": ");
        String tag = tagAndMessage.substring(0, colon);
        String message = tagAndMessage.substring(colon + 2);
        String app = tag.contains("[") ? tag.substring(0, tag.indexOf('[')) : tag;
        String pid = tag.contains("[") ? tag.substring(tag.indexOf('[') + 1, tag.indexOf(']')) : "-";
        String display = "2012 Feb 29 12:05:01 myLuna " + facility + " " + severity + " " + tagAndMessage;
        String rfc3164 = "<" + pri + ">Feb 29 12:05:01 myLuna " + tagAndMessage;
        String rfc5424 = "<" + pri + ">1 2012-02-29T12:05:01.000Z myLuna " + app + " " + pid + " - - " + message;

        List<Assessment> as = SharedEngine.get().assess(List.of(display, rfc3164, rfc5424));

        Assessment first = as.get(0);
        assertNotNull(first.entry(), () -> "no entry describes: " + display);
        for (Assessment a : as) {
            assertEquals(facility, a.event().facility(), a.event().raw());
            assertEquals(first.entry(), a.entry(), a.event().raw());
            assertEquals(first.group(), a.group(), a.event().raw());
            assertEquals(first.priority(), a.priority(), a.event().raw());
            assertEquals(first.fields(), a.fields(), a.event().raw());
            assertEquals(first.trap() == null ? null : first.trap().notification(),
                    a.trap() == null ? null : a.trap().notification(), a.event().raw());
        }
    }
}
