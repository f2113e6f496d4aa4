package org.k2advisor.internal.explain;

import java.util.List;
import java.util.stream.Collectors;

import org.k2advisor.internal.drl.Constraint.Comparison;

/** Constraints and patterns in plain words: {@code number >= 60} becomes "number is at least 60". */
public final class ConstraintWords {
    private ConstraintWords() {}

    /** One comparison as a requirement: "its value to be "yes"", "its number to be at least 60". */
    public static String need(Comparison comparison, String subject) {
        String statement = of(comparison, subject).substring(subject.length() + 1);
        return subject + " " + statement.replaceFirst("^is not", "not to be").replaceFirst("^is", "to be");
    }

    /** One comparison about {@code subject} (a field name, or "its value"). */
    public static String of(Comparison comparison, String subject) {
        String verb = switch (comparison.operator()) {
            case "==" -> "is";
            case "!=" -> "is not";
            case "<" -> "is below";
            case "<=" -> "is at most";
            case ">" -> "is above";
            case ">=" -> "is at least";
            case "in" -> comparison.values().size() == 1 ? "is" : "is one of";
            default -> comparison.values().size() == 1 ? "is not" : "is none of";
        };
        String values = comparison.values().stream().map(Comparison::show).collect(Collectors.joining(", "));
        return subject + " " + verb + " " + values;
    }

    /** "a Finding whose kind is "goal" and whose value is "reverse"", or "any Finding". */
    public static String pattern(String type, List<Comparison> comparisons) {
        String article = type.matches("(?i)[aeiou].*") ? "an " : "a ";
        if (comparisons.isEmpty()) {
            return "any " + type;
        }
        return article + type + " whose " + comparisons.stream().map(c -> of(c, c.field()))
                .collect(Collectors.joining(" and whose "));
    }
}
