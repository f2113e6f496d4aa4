package org.k2advisor.service.cds;

/**
 * A prefetched QuestionnaireResponse the advisor cannot read as answers. What is wrong is in a FHIR
 * resource, so it is told in FHIR's terms: an OperationOutcome whose issues name each linkId.
 */
public final class ResponseRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String operationOutcome;

    ResponseRejected(String operationOutcome) {
        super("the QuestionnaireResponse cannot be read as answers", null, false, false);
        this.operationOutcome = operationOutcome;
    }

    /** The OperationOutcome, as indented JSON. */
    public String operationOutcome() {
        return operationOutcome;
    }
}
