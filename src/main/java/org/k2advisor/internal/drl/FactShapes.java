package org.k2advisor.internal.drl;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fact types rules can use, with their fields in constructor order, so that
 * {@code new Finding("goal", $goal)} can be read as kind = "goal", value = $goal. The facts are
 * Java classes in our jar, so a pack cannot add types and this list is complete.
 */
public final class FactShapes {
    private static final Map<String, List<String>> FIELDS = Map.of(
            "Answer", List.of("id", "value", "number"),
            "Finding", List.of("kind", "value"),
            "Advice", List.of("id"));

    private FactShapes() {}

    /** The fields of a fact type in constructor order; empty for a type we do not know. */
    public static List<String> fields(String type) {
        return FIELDS.getOrDefault(type, List.of());
    }

    /** True when {@code fact} is of the type a pattern names. */
    public static boolean isA(Object fact, String type) {
        return fact.getClass().getSimpleName().equals(type);
    }

    /** A field's value read through its getter: a String, or a Double for numbers; null when there is none. */
    public static Object get(Object fact, String field) {
        String getter = "get" + field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
        try {
            Method method = fact.getClass().getMethod(getter);
            Object value = method.invoke(fact);
            return value instanceof Number n && !(value instanceof Double) ? n.doubleValue() : value;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
