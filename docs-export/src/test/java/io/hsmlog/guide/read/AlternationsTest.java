package io.hsmlog.guide.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hsmlog.guide.read.TestGuide.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AlternationsTest {

    @Test
    void groupsOfEqualSizeVaryTogether() {
        List<String> lines = at(2689).instances();
        assertEquals(2, lines.size());
        assertEquals("2012 Feb 29 12:05:01 myLuna authpriv authpriv info groupadd[2558]: new group: name=uucp, GID=14",
                lines.get(0));
        assertEquals("2012 Feb 29 12:05:01 myLuna authpriv authpriv info groupadd[2558]: new group: name=mysql, GID=500",
                lines.get(1));
    }

    @Test
    void alternativesAreTrimmed() {
        List<String> lines = at(2676).instances();
        assertEquals(List.of("opened for user admin by LOGIN(uid=0)", "opened for user recover by LOGIN(uid=0)"),
                lines.stream().map(l -> l.substring(l.indexOf("opened"))).toList());
        assertEquals(3, at(2639).instances().size());
    }

    @Test
    void groupsOfDifferentSizeMultiply() {
        assertEquals(List.of("a x c", "a x d", "a x e", "b x c", "b x d", "b x e"),
                Alternations.expand("<a | b> x <c | d | e>"));
    }

    @Test
    void otherPlaceholdersStay() {
        assertEquals(List.of("changed password expiry for <username>"),
                Alternations.expand("changed password expiry for <username>"));
    }
}
