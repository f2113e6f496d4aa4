package org.k2advisor.internal.drl;

import java.util.List;

/**
 * A fact a rule's consequence inserts: {@code insert(new Type(args))} or
 * {@code insertLogical(new Type(args))}. Each argument is a literal, a variable bound in the
 * when-part, or an expression we do not read (both null), which could be any value.
 */
public record Conclusion(String type, List<Argument> arguments, String text) {

    public Conclusion {
        arguments = List.copyOf(arguments);
    }

    public record Argument(Object literal, String variable) {
        public boolean isLiteral() {
            return literal != null;
        }

        public boolean isVariable() {
            return variable != null;
        }
    }

    /** The literal value of argument {@code index}, or null when it is not a literal. */
    public Object literalAt(int index) {
        return index < arguments.size() ? arguments.get(index).literal() : null;
    }
}
