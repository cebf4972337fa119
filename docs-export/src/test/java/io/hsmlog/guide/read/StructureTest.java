package io.hsmlog.guide.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.hsmlog.guide.read.TestGuide.at;
import static io.hsmlog.guide.read.TestGuide.guide;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Component and group of examples follow the guide's sections and headings. */
class StructureTest {

    @ParameterizedTest(name = "line {0}: {1} / {2}")
    @CsvSource(nullValues = "-", value = {
            "292, ipmi, -", "491, snmp, -", "973, ipmi, significant", "1090, ipmi, significant",
            "1122, ipmi, insignificant", "1260, ipmi, unlikely", "1377, ipmi, debug", "1413, ipmi, debug",
            "1471, smart, -", "1497, smart, expected", "1676, smart, unexpected", "2508, snmp, expected",
            "2532, ssh, expected", "2561, ssh, unexpected", "2637, privileged, expected",
            "2702, privileged, unexpected", "2727, kernel, expected", "2793, sysstat, expected",
            "2806, sysstat, unexpected", "2914, ntls, expected", "3084, ntls, unexpected", "3413, ntls, debug",
            "3439, ntls, unexpected", "3456, ntls, expected", "3521, ntls, unexpected", "3664, ntls, debug",
            "3725, ntls, unexpected", "3757, lush, expected", "3789, lush, expected", "3803, lush, unexpected",
            "3828, lunash, expected", "3854, lunash, unexpected", "3907, cron, expected", "3937, cron, unexpected",
            "4003, certmonitord, expected", "4059, certmonitord, unexpected", "4122, lsta, expected",
            "4150, lsta, unexpected", "4260, adminapi, expected", "4317, adminapi, unexpected",
            "4441, oamp, -", "4860, ipmi, -", "4961, smart, -", "4977, ntls, -", "5001, sysstat, -",
            "4741, snmp, -"})
    void componentAndGroup(int line, String component, String group) {
        GuideExample e = at(line);
        assertEquals(component, e.component(), "component");
        assertEquals(group, e.group(), "group");
    }

    @Test
    void sectionPathAndMeaning() {
        GuideExample e = at(1260);
        assertEquals(List.of("Chapter 3: Open Source Components", "IPMI", "Unlikely Log Messages", "SEL Buffer Overflow"),
                e.sectionPath());
        assertEquals("SEL Buffer Overflow", e.subsection());
        assertEquals("This message means that the sensor event log buffer is full and no new messages can be queued.",
                e.meaning());
        assertEquals(List.of("Chapter 4: Thales Components", "cron & crontab", "Unexpected Log Messages",
                "Disk Filling", "95% & >"), at(3961).sectionPath());
        assertEquals(List.of("Chapter 4: Thales Components", "Network Trust Link Service",
                "Datapath: Unexpected Log Messages", "Datapath Debug Messages"), at(3413).sectionPath());
    }

    @Test
    void meaningSkipsFootnotesAndFallsBackToTheProseBefore() {
        assertEquals("These messages indicate the status or a failure of a scan of an ATA device. The Luna Network "
                + "HSM 7 appliance does not use ATA devices.", at(2109).meaning());
        assertEquals(at(1497).meaning(), at(1506).meaning());
    }

    @Test
    void componentTables() {
        ComponentTable smart = guide().tablesOf("SMART").get(0);
        assertEquals(List.of("daemon", "smartd[pid]", "messages", List.of("smartd")),
                List.of(smart.facility(), smart.process(), smart.logFile(), smart.processes()));
        assertEquals(3, guide().tablesOf("cron & crontab").size());
        assertEquals(List.of("useradd", "chage", "passwd", "usermod", "login", "groupadd"),
                guide().tablesOf("Privileged Services").get(0).processes());
        assertEquals("crond(pam_unix)", guide().tablesOf("cron & crontab").get(2).processes().get(0));
    }

    @Test
    void chaptersListTheirSections() {
        assertEquals(6, guide().chapters().size());
        assertEquals(List.of("IPMI", "SMART", "SNMP", "NTP", "SSH", "Privileged Services", "Kernel"),
                guide().chapters().get(2).sectionTitles());
        assertEquals(11, guide().chapters().get(3).sectionTitles().size());
    }
}
