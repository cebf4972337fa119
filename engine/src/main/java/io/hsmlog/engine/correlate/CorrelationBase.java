package io.hsmlog.engine.correlate;

import io.hsmlog.knowledge.Knowledge;
import io.hsmlog.knowledge.correlation.Correlation;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The correlations compiled once into a Fusion rule base in stream mode. Thread-safe: each stream gets its own
 * {@link Correlator}, with its own session and clock.
 */
public final class CorrelationBase {
    private final KieBase kieBase;
    private final Map<String, Correlation> byRule;
    private final Map<String, Boolean> completesOnInsert;
    private final Relevance relevance;
    private final Successors successors;
    private final long longestWindowMillis;
    private final String drl;

    private CorrelationBase(KieBase kieBase, Map<String, Correlation> byRule, Map<String, Boolean> completesOnInsert,
                            Relevance relevance, Successors successors, long longestWindowMillis, String drl) {
        this.kieBase = kieBase;
        this.byRule = byRule;
        this.completesOnInsert = completesOnInsert;
        this.relevance = relevance;
        this.successors = successors;
        this.longestWindowMillis = longestWindowMillis;
        this.drl = drl;
    }

    public static CorrelationBase build(Knowledge knowledge) {
        List<Correlation> correlations = knowledge.correlations();
        Relevance relevance = new Relevance(correlations);
        Successors successors = new Successors(correlations);
        String drl = CorrelationDrl.generate(correlations, successors);
        // A knowledge builder compiles the rules once; KieHelper compiles them once to verify and again to build.
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                .setSourcePath("io/hsmlog/correlations/generated.drl"), ResourceType.DRL);
        if (builder.hasErrors()) {
            // Generated from validated knowledge: a failure here is a defect of the generator, not of the input.
            throw new IllegalStateException("the generated correlation rules do not compile: " + builder.getErrors());
        }
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration();
        conf.setOption(EventProcessingOption.STREAM);
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(conf);
        kieBase.addPackages(builder.getKnowledgePackages());

        Map<String, Correlation> byRule = new HashMap<>();
        Map<String, Boolean> onInsert = new HashMap<>();
        long longest = 0;
        for (Correlation c : correlations) {
            byRule.put(c.id(), c);
            onInsert.put(c.id(), c.shape() != Correlation.Shape.ABSENCE);
            if (c.resolution() != null) {
                byRule.put(c.id() + Correlation.RESOLVED, c);
                onInsert.put(c.id() + Correlation.RESOLVED, true);
            }
            if (c.window() != null) longest = Math.max(longest, c.window().millis());
        }
        return new CorrelationBase(kieBase, Map.copyOf(byRule), Map.copyOf(onInsert), relevance, successors, longest,
                drl);
    }

    /** A correlator for one stream of lines. */
    public Correlator newCorrelator() {
        return new Correlator(this);
    }

    /** Correlation for one stream in {@code count} lanes of appliances, to be run at the same time. */
    public Lanes newLanes(int count) {
        return new Lanes(this, count);
    }

    /** A session of its own, with its own clock, for one appliance's lines. */
    Timeline newTimeline() {
        KieSessionConfiguration conf = KieServices.Factory.get().newKieSessionConfiguration();
        conf.setOption(ClockTypeOption.PSEUDO);
        KieSession session = kieBase.newKieSession(conf, null);
        Hits hits = new Hits(completesOnInsert);
        session.setGlobal("hits", hits);
        return new Timeline(this, session, hits, successors.new Links());
    }

    /** The generated DRL, as compiled. */
    public String drl() {
        return drl;
    }

    /** The correlation a rule reports for; a resolution's rule maps to its correlation. */
    Correlation correlation(String rule) {
        return byRule.get(rule);
    }

    Relevance relevance() {
        return relevance;
    }

    /** The longest window of any correlation: how far log time must run on for every window to close. */
    long longestWindowMillis() {
        return longestWindowMillis;
    }
}
