package io.hsmlog.features;

import io.hsmlog.engine.Engine;
import io.hsmlog.knowledge.load.KnowledgeException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engines the specs assess with, built once per run: building one loads the knowledge and compiles its
 * rules, and an engine is safe to share. Timestamps without a year are given the guide's year, 2012.
 */
final class Engines {
    static final int GUIDE_YEAR = 2012;

    /** Keyed by the appliance addresses a scenario declared; most scenarios declare none. */
    private static final Map<Map<String, String>, Engine> BUILT = new ConcurrentHashMap<>();

    private Engines() {
    }

    static Engine with(Map<String, String> applianceAddresses) {
        return BUILT.computeIfAbsent(Map.copyOf(applianceAddresses), Engines::build);
    }

    private static Engine build(Map<String, String> applianceAddresses) {
        Engine.Builder builder = Engine.builder().defaultYear(GUIDE_YEAR).threads(1);
        applianceAddresses.forEach(builder::applianceAddress);
        try {
            return builder.build();
        } catch (KnowledgeException e) {
            throw new IllegalStateException("The knowledge does not load, so no spec can run. " + e.getMessage(), e);
        }
    }
}
