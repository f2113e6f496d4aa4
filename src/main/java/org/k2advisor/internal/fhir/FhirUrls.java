package org.k2advisor.internal.fhir;

/**
 * The canonical URLs: ours, which a QuestionnaireResponse must name, and HL7's, for the extensions
 * and codes the Questionnaire uses. Each is written once, here.
 */
public final class FhirUrls {
    /** Ours for every pack: a response names the advisor's questionnaire, and the version says which pack. */
    public static final String QUESTIONNAIRE = "https://k2advisor.org/fhir/Questionnaire/k2-advisor";
    static final String QUESTIONNAIRE_ID = "k2-advisor";
    static final String CODE_SYSTEM_BASE = "https://k2advisor.org/fhir/CodeSystem/";
    /** The codes of every yes/no question: FHIR's boolean cannot say "don't know". */
    static final String YES_NO_UNKNOWN_ID = "k2-advisor-yes-no-unknown";

    static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    static final String ITEM_CONTROL_CODES = "http://hl7.org/fhir/questionnaire-item-control";
    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    /** How a number question says "don't know": the answer's value is absent, for this reason. */
    static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
    static final String ASKED_UNKNOWN = "asked-unknown";

    private FhirUrls() {}

    /**
     * The id of the CodeSystem holding a question's coded answers: shared by all yes/no questions,
     * one per choice question. FHIR ids allow letters, digits, '-' and '.', so anything else becomes '-'.
     */
    static String codeSystemId(String questionId) {
        return "k2-advisor-" + questionId.replaceAll("[^A-Za-z0-9.-]", "-");
    }

    static String codeSystem(String id) {
        return CODE_SYSTEM_BASE + id;
    }
}
