package org.k2advisor.service.cds;

/**
 * A hook call or feedback the service refuses for what the CDS Hooks envelope holds (not for the
 * QuestionnaireResponse, which gets an OperationOutcome): the HTTP status, a stable code and one
 * line naming the member and what is allowed. The routes turn it into problem details.
 */
public final class CdsRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String title;

    CdsRequestException(int status, String code, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    static CdsRequestException badRequest(String member, String detail) {
        return new CdsRequestException(400, "bad-cds-request", "The CDS Hooks request cannot be used", member + ": " + detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
