package org.k2advisor.internal.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.InvalidAnswersException.Problem;
import org.k2advisor.Question;
import org.k2advisor.internal.answers.Bounds;
import org.k2advisor.internal.answers.ValueEcho;
import org.k2advisor.internal.fhir.AnswerCodes.Coding;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer of a QuestionnaireResponse item, read as the item's type requires: a valueCoding of
 * the question's own codes, or a valueInteger or a valueDecimal within its bounds. Anything else
 * is a problem that names the question and the value FHIR expects there. (A number the person does
 * not know has no answer at all: see {@link AbsentReason}.)
 */
final class AnswerValue {
    /** Past this a number is out of range for any question, as for answers files: longs and doubles stay exact. */
    private static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(15);

    private final Question question;
    private final String field;
    private final String expected;

    AnswerValue(Question question) {
        this.question = question;
        this.field = question.id();
        this.expected = FhirTypes.valueName(question);
    }

    /** @return the answer as an answers file gives it, or null after adding a problem */
    Object read(JsonNode answer, List<Problem> problems) {
        List<Problem> found = new ArrayList<>();
        Object value = parse(answer, found);
        problems.addAll(found);
        return found.isEmpty() ? value : null;
    }

    private Object parse(JsonNode answer, List<Problem> problems) {
        if (!answer.isObject()) {
            problems.add(wrongType("an answer must be an object holding " + expectedWords()));
            return null;
        }
        if (answer.has("modifierExtension")) {
            problems.add(new Problem(Code.INVALID_FHIR, field, "the answer has a modifierExtension, which changes what it "
                    + "means; the advisor reads answers without one"));
        }
        JsonNode nested = answer.get("item");
        if (nested != null && !(nested.isArray() && nested.isEmpty())) {
            problems.add(new Problem(Code.INVALID_FHIR, field, "the answer holds nested items; no question of this "
                    + "questionnaire has items of its own"));
        }
        for (Iterator<String> names = answer.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            boolean value = name.startsWith("value") || name.startsWith("_value");
            if (value && !name.equals(expected) && !name.equals("_" + expected)) {
                problems.add(wrongType(name + " is not allowed here; expected " + expectedWords()));
            } else if (!value && !name.equals("id") && !name.equals("extension") && !name.equals("modifierExtension")
                    && !name.equals("item")) {
                problems.add(new Problem(Code.INVALID_FHIR, field, "an answer has no element " + ValueEcho.of(name)));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        JsonNode value = answer.get(expected);
        if (value == null) {
            problems.add(wrongType("the answer has no value; expected " + expectedWords()));
            return null;
        }
        Object read = switch (question.kind()) {
            case BOOLEAN, CHOICE -> coded(value);
            case INTEGER -> integer(value);
            case NUMBER -> decimal(value);
        };
        if (read instanceof Problem problem) {
            problems.add(problem);
            return null;
        }
        return read;
    }

    private Object coded(JsonNode coding) {
        if (!coding.isObject()) {
            return wrongType("valueCoding must be an object with system and code; expected " + expectedWords());
        }
        String system = coding.path("system").asText(null);
        if (!AnswerCodes.system(question).equals(system)) {
            return wrongType("valueCoding system " + (system == null ? "is missing" : ResponseReader.url(system) + " is not this "
                    + "question's") + "; expected " + expectedWords());
        }
        String code = coding.path("code").asText(null);
        Object answer = code == null ? null : AnswerCodes.answer(question, code);
        if (answer == null) {
            return wrongType("valueCoding code " + (code == null ? "is missing" : ValueEcho.of(code) + " is not one of "
                    + "this question's") + "; expected " + codes());
        }
        return answer;
    }

    private Object integer(JsonNode number) {
        if (!number.isIntegralNumber()) {
            return wrongType("valueInteger must be a whole JSON number, such as 64, not " + echo(number)
                    + "; expected " + expectedWords());
        }
        BigDecimal value = number.decimalValue();
        return within(value) ? (Object) value.longValueExact() : outOfRange(value);
    }

    private Object decimal(JsonNode number) {
        if (!number.isNumber()) {
            return wrongType("valueDecimal must be a JSON number, such as 250, not " + echo(number)
                    + "; expected " + expectedWords());
        }
        BigDecimal value = number.decimalValue();
        return within(value) ? value : outOfRange(value);
    }

    private boolean within(BigDecimal value) {
        return value.abs().compareTo(MAX_MAGNITUDE) <= 0 && Bounds.within(question, value);
    }

    private Problem outOfRange(BigDecimal value) {
        return new Problem(Code.OUT_OF_RANGE, field, expected + " " + ValueEcho.number(value) + " is out of range; expected "
                + expectedWords());
    }

    private Problem wrongType(String message) {
        return new Problem(Code.WRONG_TYPE, field, message);
    }

    /** What the question takes, in FHIR's words: "a valueInteger from 0 to 130, or ...". */
    String expectedWords() {
        if (AnswerCodes.coded(question)) {
            return "a valueCoding of " + AnswerCodes.system(question) + " with code " + codes();
        }
        return "a " + expected + range() + " (for \"don't know\": no answer, and the item's data-absent-reason "
                + FhirUrls.ASKED_UNKNOWN + ")";
    }

    private String codes() {
        List<String> codes = AnswerCodes.options(question).stream().map(Coding::code).toList();
        return codes.size() == 1 ? codes.get(0)
                : String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
    }

    private String range() {
        Number min = question.min();
        Number max = question.max();
        if (min != null && max != null) {
            return " from " + Bounds.plain(min) + " to " + Bounds.plain(max);
        }
        return min != null ? " >= " + Bounds.plain(min) : max != null ? " <= " + Bounds.plain(max) : "";
    }

    private static String echo(JsonNode node) {
        if (node.isTextual()) {
            return ValueEcho.of(node.asText());
        }
        if (node.isNumber()) {
            return ValueEcho.number(node.decimalValue());
        }
        return node.isObject() ? "an object" : node.isArray() ? "an array" : ValueEcho.bare(node.toString());
    }
}
