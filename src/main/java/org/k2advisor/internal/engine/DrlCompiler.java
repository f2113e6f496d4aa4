package org.k2advisor.internal.engine;

import org.drools.core.impl.RuleBaseFactory;
import org.k2advisor.KnowledgePackException;

/**
 * Whether Drools' DRL compiler is on the class path. The library declares it optional, since the
 * precompiled built-in pack never needs it; without this check a directory pack would fail deep
 * inside Drools with an exception that names neither the cause nor the fix.
 */
final class DrlCompiler {
    static final String ARTIFACT = "org.drools:drools-mvel";

    /** One class from each jar that run-time DRL compilation cannot do without. */
    private static final String[] REQUIRED_CLASSES = {
        "org.drools.compiler.kie.builder.impl.KieServicesImpl", // drools-compiler, brought by drools-mvel
        "org.drools.mvel.MVELConstraintBuilder",                // drools-mvel
    };

    private DrlCompiler() {}

    static void require() {
        for (String className : REQUIRED_CLASSES) {
            try {
                Class.forName(className, false, DrlCompiler.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new KnowledgePackException("compiling a rules directory needs Drools' DRL compiler: add "
                        + artifact() + " to the class path (the built-in pack does not need it)");
            }
        }
    }

    /** drools-mvel must match the Drools runtime already present, whatever version the host app chose. */
    static String artifact() {
        String version = RuleBaseFactory.class.getPackage().getImplementationVersion();
        return version == null ? ARTIFACT + " (the version of your drools-core)" : ARTIFACT + ":" + version;
    }
}
