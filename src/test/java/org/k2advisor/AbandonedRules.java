package org.k2advisor;

/**
 * The fixture pack consequence-never-returns has a rule whose action loops until this property
 * changes: to the advisor it never returns (it ignores interrupts and halt()), and its thread is
 * abandoned. {@link #release()} lets every such thread that started before it end, so that one does
 * not keep a core busy for the rest of the test run; a loop that starts later waits for the next one.
 */
public final class AbandonedRules {
    private static final String PROPERTY = "k2advisor.test.released";

    private AbandonedRules() {}

    public static synchronized void release() {
        System.setProperty(PROPERTY, Integer.toString(Integer.getInteger(PROPERTY, 0) + 1));
    }
}
