package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.validate.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The knowledge could not be loaded: every problem found, each with its file and line. */
public final class KnowledgeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public KnowledgeException(List<Problem> problems) {
        super(summary(problems));
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.BY_ORIGIN);
        this.problems = List.copyOf(sorted);
    }

    /** The problems, ordered by file and line. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.BY_ORIGIN);
        return sorted.size() + (sorted.size() == 1 ? " problem" : " problems") + " in the knowledge:"
                + sorted.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
