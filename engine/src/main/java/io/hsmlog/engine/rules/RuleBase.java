package io.hsmlog.engine.rules;

import io.hsmlog.knowledge.Knowledge;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The rules compiled from the knowledge, built once; assesses batches of subjects. Thread-safe. */
public final class RuleBase {
    private final KieBase kieBase;
    private final RuleCatalog catalog;
    private final String drl;

    private RuleBase(KieBase kieBase, RuleCatalog catalog, String drl) {
        this.kieBase = kieBase;
        this.catalog = catalog;
        this.drl = drl;
    }

    public static RuleBase build(Knowledge knowledge) {
        String drl = DrlGenerator.generate(knowledge);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                .setSourcePath("io/hsmlog/rules/generated.drl"), ResourceType.DRL);
        if (builder.hasErrors()) {
            // The DRL is generated from validated knowledge, so this is a defect of the generator, not of the input.
            throw new IllegalStateException("the generated rules do not compile: " + builder.getErrors());
        }
        return new RuleBase(builder.newKieBase(), new RuleCatalog(knowledge), drl);
    }

    /** Runs the rules over a batch; each subject carries its verdict afterwards. */
    public void assess(List<Subject> batch) {
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("catalog", catalog);
            for (Subject s : batch) session.insert(s);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /** The generated DRL, as compiled. */
    public String drl() {
        return drl;
    }
}
