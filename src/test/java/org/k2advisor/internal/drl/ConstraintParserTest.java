package org.k2advisor.internal.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConstraintParserTest {

    @Test
    void whenComparisonWithString_thenFieldOperatorAndLiteral() {
        Constraint.Comparison c = (Constraint.Comparison) ConstraintParser.parse("id == \"age\"").get(0);

        assertEquals("id", c.field());
        assertEquals("==", c.operator());
        assertEquals(List.of("age"), c.values());
    }

    @Test
    void whenNumberThreshold_thenLiteralIsADouble() {
        Constraint.Comparison c = (Constraint.Comparison) ConstraintParser.parse("number >= 60").get(0);

        assertEquals(">=", c.operator());
        assertEquals(List.of(60.0), c.values());
        assertEquals("60", Constraint.Comparison.show(c.values().get(0)));
    }

    @Test
    void whenMembershipAcrossLines_thenEveryLiteralIsRead() {
        Constraint.Comparison c = (Constraint.Comparison) ConstraintParser.parse("value not in (\"rarely\",\n  \"sometimes\")").get(0);

        assertEquals("not in", c.operator());
        assertEquals(List.of("rarely", "sometimes"), c.values());
    }

    @Test
    void whenBindingWithComparison_thenBothAreKept() {
        List<Constraint> parsed = ConstraintParser.parse("$n : number > 5");

        assertEquals(new Constraint.Binding("$n", "number", "$n : number"), parsed.get(0));
        assertEquals("number > 5", parsed.get(1).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"value.startsWith(\"under\")", "number > 5 && number < 10", "id == $other",
        "value == \"a\" || value == \"b\"", "this != $f", "value in (\"a\", $b)"})
    void whenOutsideTheSubset_thenUnsupportedWithItsText(String expression) {
        Constraint parsed = ConstraintParser.parse(expression).get(0);

        assertInstanceOf(Constraint.Unsupported.class, parsed);
        assertEquals(expression, parsed.text());
    }
}
