package io.hsmlog.cli;

import io.hsmlog.knowledge.load.KnowledgeException;
import io.hsmlog.knowledge.validate.Problem;

import java.io.PrintWriter;

/** How the command line reports what stops it. */
final class Failures {
    private Failures() {
    }

    static int knowledge(PrintWriter err, KnowledgeException e) {
        err.println("hsmlog: the knowledge is not valid (" + e.problems().size() + " problem"
                + (e.problems().size() == 1 ? "" : "s") + "):");
        for (Problem p : e.problems()) err.println("  " + p);
        err.flush();
        return Main.EXIT_USAGE;
    }
}
