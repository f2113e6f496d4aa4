package org.k2advisor.internal.pack;

import java.util.ArrayList;
import java.util.List;

import org.k2advisor.KnowledgePackException;

/**
 * Where the readers send the problems they can read past: a question defined twice, a min above
 * its max, an empty questionnaire, a .drl file that pack.json does not list. Loading stops at the
 * first, as a pack with any of them must not be used; `rules check` reads on, so an educator sees
 * every problem at once. Each rule is written once, in its reader; this decides only what
 * happens when one fails. Problems a reader cannot read past (a missing field, malformed JSON)
 * are still thrown where they occur.
 */
final class ReadProblems {
    private final boolean stopAtFirst;
    private final List<PackProblem> found = new ArrayList<>();

    private ReadProblems(boolean stopAtFirst) {
        this.stopAtFirst = stopAtFirst;
    }

    /** For loading: the first problem is thrown, naming its file and line. */
    static ReadProblems stopAtFirst() {
        return new ReadProblems(true);
    }

    /** For `rules check`: every problem is kept, and reading goes on. */
    static ReadProblems collectAll() {
        return new ReadProblems(false);
    }

    void add(PackProblem problem) {
        if (stopAtFirst) {
            throw new KnowledgePackException(problem.toString());
        }
        found.add(problem);
    }

    List<PackProblem> found() {
        return List.copyOf(found);
    }
}
