package io.hsmlog.cli;

import io.hsmlog.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code hsmlog rules}: the rules compiled from the knowledge. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Shows the rules generated from the knowledge.")
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--drl", description = "Print the generated DRL.")
    boolean drl;

    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Override
    public Integer call() {
        Engine engine = knowledge.buildOrReport();
        if (engine == null) return Main.EXIT_USAGE;
        String text = engine.drl();
        if (drl) {
            System.out.print(text);
        } else {
            long rules = text.lines().filter(l -> l.startsWith("rule ")).count();
            System.out.println(rules + " rules from " + engine.knowledge().entries().size() + " entries, "
                    + engine.knowledge().trapRules().size() + " trap rules and "
                    + engine.knowledge().interpretation().size() + " generic rules; --drl prints them.");
        }
        return 0;
    }
}
