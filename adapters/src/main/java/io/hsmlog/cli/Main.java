package io.hsmlog.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hsmlog} command line. */
@Command(name = "hsmlog",
        mixinStandardHelpOptions = true,
        version = "hsmlog 0.1.0",
        description = "Tells what a Luna Network HSM 7 appliance's logs, SNMP walks and traps mean, whether they matter, and what to do.",
        subcommands = {AssessCommand.class, ExplainCommand.class, RulesCommand.class, KnowledgeCommand.class,
                SpecCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code when something at or above --fail-on was found. */
    static final int EXIT_FINDINGS = 1;
    /** Exit code for usage errors, unreadable input and invalid knowledge. */
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(t -> EXIT_USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            cl.getErr().println("hsmlog: " + ex.getMessage());
            ex.getCommandLine().usage(cl.getErr());
            return EXIT_USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
