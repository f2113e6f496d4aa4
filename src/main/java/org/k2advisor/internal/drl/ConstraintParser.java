package org.k2advisor.internal.drl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one constraint expression of a pattern. The grammar is deliberately tiny: a field
 * compared with a literal (==, !=, <, <=, >, >=), a field in or not in a list of literals, and
 * {@code $x : field} bindings (optionally followed by a comparison). Everything else, such as
 * method calls, &&, || or comparisons with variables, comes back {@link Constraint.Unsupported}.
 */
final class ConstraintParser {
    private static final String LITERAL = "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false";
    private static final Pattern BINDING = Pattern.compile("^\\$(\\w+)\\s*:\\s*(\\w+)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern COMPARISON = Pattern.compile(
            "^(\\w+)\\s*(==|!=|<=|>=|<|>)\\s*(" + LITERAL + ")$", Pattern.DOTALL);
    private static final Pattern MEMBERSHIP = Pattern.compile(
            "^(\\w+)\\s+(not\\s+in|in)\\s*\\((.*)\\)$", Pattern.DOTALL);
    private static final Pattern ONE_LITERAL = Pattern.compile("\\s*(" + LITERAL + ")\\s*(,|$)");

    private ConstraintParser() {}

    /** The constraints one expression stands for: usually one, two for {@code $x : field > 1}. */
    static List<Constraint> parse(String expression) {
        String text = expression.strip();
        Matcher binding = BINDING.matcher(text);
        if (binding.matches()) {
            String field = binding.group(2);
            String rest = binding.group(3).strip();
            Constraint bound = new Constraint.Binding("$" + binding.group(1), field, "$" + binding.group(1) + " : " + field);
            if (rest.isEmpty()) {
                return List.of(bound);
            }
            Constraint comparison = comparison(field + " " + rest);
            return comparison instanceof Constraint.Unsupported ? List.of(new Constraint.Unsupported(text))
                    : List.of(bound, comparison);
        }
        return List.of(comparison(text));
    }

    private static Constraint comparison(String text) {
        String normalized = text.replaceAll("\\s+", " ");
        Matcher comparison = COMPARISON.matcher(normalized);
        if (comparison.matches()) {
            return new Constraint.Comparison(comparison.group(1), comparison.group(2),
                    List.of(literal(comparison.group(3))), normalized);
        }
        Matcher membership = MEMBERSHIP.matcher(normalized);
        if (membership.matches()) {
            List<Object> values = literals(membership.group(3));
            if (values != null) {
                String operator = membership.group(2).startsWith("not") ? "not in" : "in";
                return new Constraint.Comparison(membership.group(1), operator, values, normalized);
            }
        }
        return new Constraint.Unsupported(normalized);
    }

    private static List<Object> literals(String list) {
        List<Object> values = new ArrayList<>();
        Matcher one = ONE_LITERAL.matcher(list);
        int at = 0;
        while (at < list.length() && one.find(at) && one.start() == at) {
            values.add(literal(one.group(1)));
            at = one.end();
        }
        return at == list.length() && !values.isEmpty() ? values : null;
    }

    static Object literal(String token) {
        if (token.startsWith("\"")) {
            return token.substring(1, token.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        if (token.equals("true") || token.equals("false")) {
            return Boolean.valueOf(token);
        }
        return Double.valueOf(token);
    }
}
