package org.k2advisor.internal.drl;

import java.util.List;

/**
 * A rule as written in its DRL file: where it is, its text, its metadata as written, its
 * conditions and the facts its consequence inserts. The explain and check tools read rules
 * through this, so they see what the author wrote rather than what Drools compiled it into.
 */
public record RuleSource(
        String name,
        String file,
        int line,
        int endLine,
        String text,
        String claimsText,
        String explainText,
        List<Condition> conditions,
        List<Conclusion> conclusions) {

    public RuleSource {
        conditions = List.copyOf(conditions);
        conclusions = List.copyOf(conclusions);
    }

    /** "file:line", as compilers and editors write it. */
    public String location() {
        return file + ":" + line;
    }

    /** True when the consequence inserts {@code new type(...)} whose first argument is {@code id}. */
    public boolean concludes(String type, Object id) {
        return conclusions.stream().anyMatch(c -> c.type().equals(type) && id.equals(c.literalAt(0)));
    }

    /** True when every condition is in the subset the explainer can evaluate. */
    public boolean understood() {
        return conditions.stream().allMatch(Condition::understood);
    }
}
