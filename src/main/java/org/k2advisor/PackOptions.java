package org.k2advisor;

/**
 * How {@link Advisor#fromDirectory(java.nio.file.Path, PackOptions)} loads an edited pack.
 *
 * <p>By default a pack whose text fails the safety checks (a reversal claimed without a hedge, a
 * dose instructed, an amount outside a trial or reference context, a diagnosis) is refused with a
 * {@link KnowledgePackException}; {@code k2advisor rules check} lists every such problem.
 * {@link #allowUnsafeText()} loads it anyway, for reviewing a draft: every {@link Report} from it
 * then lists the problems in {@link Report#warnings()}, and every rendering of the report puts
 * them at the top. The built-in pack's text is checked when it is built, so it always loads.
 */
public final class PackOptions {
    private static final PackOptions DEFAULTS = new PackOptions(false);
    private static final PackOptions ALLOW_UNSAFE_TEXT = new PackOptions(true);

    private final boolean unsafeTextAllowed;

    private PackOptions(boolean unsafeTextAllowed) {
        this.unsafeTextAllowed = unsafeTextAllowed;
    }

    /**
     * Refuse a pack whose text fails the safety checks, as {@link Advisor#fromDirectory(java.nio.file.Path)} does.
     *
     * @return the default options
     */
    public static PackOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Load a pack even when its text fails the safety checks; every report from it says so.
     *
     * @return options that allow unsafe text
     */
    public static PackOptions allowUnsafeText() {
        return ALLOW_UNSAFE_TEXT;
    }

    /** @return whether a pack whose text fails the safety checks is loaded */
    public boolean unsafeTextAllowed() {
        return unsafeTextAllowed;
    }

    @Override
    public String toString() {
        return unsafeTextAllowed ? "PackOptions.allowUnsafeText()" : "PackOptions.defaults()";
    }
}
