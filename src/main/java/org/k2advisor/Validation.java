package org.k2advisor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What checking a set of answers, complete or partial, found: the answers that can be used, in
 * canonical form, and every problem with the others. From {@link Advisor#check}, which never throws
 * for a person's answer, so a form can show every problem beside its question as it is filled in.
 *
 * @param answers the usable answers, canonical, in questionnaire order, answers implied by a gate
 *     included (a calcium score implies the scan); an answer with a problem is left out
 * @param problems every problem, each with a stable code, the field and a one-line message; empty
 *     when all is well
 */
public record Validation(Map<String, Object> answers, List<InvalidAnswersException.Problem> problems) {

    /**
     * Copies the collections; the answers keep their order.
     *
     * @param answers the usable answers, canonical, in questionnaire order
     * @param problems every problem found
     */
    public Validation {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        problems = List.copyOf(problems);
    }

    /**
     * Whether every answer can be used.
     *
     * @return true when there is no problem
     */
    public boolean valid() {
        return problems.isEmpty();
    }
}
