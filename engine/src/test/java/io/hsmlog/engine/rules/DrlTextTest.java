package io.hsmlog.engine.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Text from the knowledge reaches DRL only as literals that Drools reads back exactly, whatever the text. */
class DrlTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "plain text",
            "quote \" inside",
            "\" ) then System.exit(1); end rule \"x\" when then",
            "backslash \\ and \\\" escaped quote",
            "${mvel} @{interpolation} #{x}",
            "// comment /* block */",
            "unicode é ü 中 \\u0022",
            "(Reading 0 < Threshold 2000 RPM)",
            "tab\tand newline\n"})
    void literalsReadBackExactly(String text) {
        String drl = "package t;\n"
                + "global java.util.List seen;\n"
                + "rule \"match\"\nwhen\n    $s : String( this == " + DrlText.str(text) + " )\nthen\n    seen.add($s);\nend\n";
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        kb.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        assertFalse(kb.hasErrors(), () -> "DRL does not compile: " + kb.getErrors() + "\n" + drl);
        KieSession session = kb.newKieBase().newKieSession();
        List<String> seen = new ArrayList<>();
        session.setGlobal("seen", seen);
        session.insert(text);
        session.insert(text + "x");
        session.fireAllRules();
        session.dispose();
        assertEquals(List.of(text), seen);
    }

    @Test
    void controlCharactersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DrlText.str("bell \u0007"));
    }
}
