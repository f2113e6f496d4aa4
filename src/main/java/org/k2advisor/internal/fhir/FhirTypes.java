package org.k2advisor.internal.fhir;

import org.k2advisor.Question;

/** Our kinds of question as FHIR item types, and the answer value[x] each takes. */
final class FhirTypes {
    private FhirTypes() {}

    /** Yes/no questions are choices, so that "don't know" can be offered beside yes and no. */
    static String itemType(Question question) {
        return switch (question.kind()) {
            case BOOLEAN, CHOICE -> "choice";
            case INTEGER -> "integer";
            case NUMBER -> "decimal";
        };
    }

    /** The name of the one answer value a response may give for the question. */
    static String valueName(Question question) {
        return switch (question.kind()) {
            case BOOLEAN, CHOICE -> "valueCoding";
            case INTEGER -> "valueInteger";
            case NUMBER -> "valueDecimal";
        };
    }
}
