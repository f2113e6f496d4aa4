package org.k2advisor.internal.drl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One condition of a rule's when-part: a pattern that some fact must match, a {@code not}
 * pattern that no fact may match, or something outside our subset (or, exists, accumulate,
 * from, eval...), which is kept as its text so an explanation can name it honestly.
 */
public record Condition(Kind kind, String type, String binding, List<Constraint> constraints, String text, int line) {

    public enum Kind { PATTERN, NOT, UNSUPPORTED }

    public Condition {
        constraints = List.copyOf(constraints);
    }

    static Condition pattern(boolean negated, String type, String binding, List<Constraint> constraints, int line) {
        String body = type + "(" + constraints.stream().map(Constraint::text).collect(Collectors.joining(", ")) + ")";
        String text = (negated ? "not " : "") + (binding == null ? "" : binding + " : ") + body;
        return new Condition(negated ? Kind.NOT : Kind.PATTERN, type, binding, constraints, text, line);
    }

    static Condition unsupported(String text, int line) {
        return new Condition(Kind.UNSUPPORTED, null, null, List.of(), text, line);
    }

    /** True when every part is in the subset the explainer can evaluate. */
    public boolean understood() {
        return kind != Kind.UNSUPPORTED && constraints.stream().noneMatch(c -> c instanceof Constraint.Unsupported);
    }

    public boolean negated() {
        return kind == Kind.NOT;
    }

    /** The comparisons of this pattern, without the bindings. */
    public List<Constraint.Comparison> comparisons() {
        return constraints.stream().filter(c -> c instanceof Constraint.Comparison)
                .map(c -> (Constraint.Comparison) c).toList();
    }

    /** The field a variable is bound to in this pattern, or null. */
    public String fieldBoundTo(String variable) {
        for (Constraint c : constraints) {
            if (c instanceof Constraint.Binding b && b.variable().equals(variable)) {
                return b.field();
            }
        }
        return null;
    }
}
