package org.k2advisor.internal.explain;

/** Whether a constraint holds: UNKNOWN when it is outside what the explainer can evaluate. */
enum Truth {
    TRUE, FALSE, UNKNOWN;

    static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    Truth not() {
        return this == UNKNOWN ? UNKNOWN : of(this == FALSE);
    }
}
