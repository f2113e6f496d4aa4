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
    private final String member;

    CdsRequestException(int status, String code, String title, String detail) {
        this(status, code, title, null, detail);
    }

    CdsRequestException(int status, String code, String title, String member, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.member = member;
    }

    static CdsRequestException badRequest(String member, String detail) {
        return new CdsRequestException(400, "bad-cds-request", "The CDS Hooks request cannot be used", member,
                member + ": " + detail);
    }

    /** The member of the request it is about, such as {@code context.patientId}, or null. */
    public String member() {
        return member;
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
