package io.hsmlog.cli;

import io.hsmlog.engine.Engine;
import io.hsmlog.knowledge.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code hsmlog knowledge}: checks the knowledge and summarises it. */
@Command(name = "knowledge", mixinStandardHelpOptions = true,
        description = {"Loads and validates the knowledge (built-in and --knowledge directories),",
                "checks every entry's examples, and summarises it. Exit 2 with file:line reasons when it is not valid."})
final class KnowledgeCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Override
    public Integer call() {
        Engine engine = knowledge.buildOrReport();
        if (engine == null) return Main.EXIT_USAGE;
        Map<String, Integer> perComponent = new TreeMap<>();
        int examples = 0;
        for (Entry e : engine.knowledge().entries()) {
            perComponent.merge(e.component().key(), 1, Integer::sum);
            examples += e.examples().size();
        }
        System.out.println("valid: " + engine.knowledge().entries().size() + " entries with " + examples + " examples, "
                + engine.knowledge().sensors().size() + " sensors, " + engine.knowledge().trapRules().size()
                + " trap rules, " + engine.knowledge().interpretation().size() + " generic rules");
        perComponent.forEach((c, n) -> System.out.printf("  %-14s %d%n", c, n));
        return 0;
    }
}
