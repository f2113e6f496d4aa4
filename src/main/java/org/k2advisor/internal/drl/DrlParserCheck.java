package org.k2advisor.internal.drl;

import org.k2advisor.KnowledgePackException;

/**
 * Whether Drools' DRL parser can run here. Only `explain why-not` and `rules check` read rules as
 * written; the library declares the parser optional, so an app that never asks why-not does not
 * carry it.
 */
public final class DrlParserCheck {
    private static final String ARTIFACT = "org.drools:drools-drl-parser";

    private DrlParserCheck() {}

    /**
     * Call before the first use of {@link DrlRules}: that class names the parser's exception in a
     * catch, so the JVM fails to load it, with a bare NoClassDefFoundError, when the parser is absent.
     */
    public static void require() {
        try {
            Class.forName("org.drools.drl.parser.DrlParser", false, DrlParserCheck.class.getClassLoader());
            Class.forName("org.drools.drl.ast.descr.PackageDescr", false, DrlParserCheck.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            String version = org.kie.api.KieBase.class.getPackage().getImplementationVersion();
            throw new KnowledgePackException("explaining why an item is not in a report reads the rules as written, which "
                    + "needs Drools' DRL parser: add " + ARTIFACT + (version == null ? "" : ":" + version)
                    + " as a dependency (advice, why and what-if do not need it)");
        }
    }
}
