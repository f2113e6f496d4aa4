package org.k2advisor.internal.engine;

import org.drools.core.impl.RuleBaseFactory;
import org.k2advisor.KnowledgePackException;

/**
 * Whether Drools' DRL compiler can run here. The library declares it optional, since the
 * precompiled built-in pack never needs it; without these checks a directory pack would fail deep
 * inside Drools with an exception that names neither the cause nor the fix.
 */
final class DrlCompiler {
    static final String ARTIFACT = "org.drools:drools-mvel";
    private static final String FACTS = "org.k2advisor.internal.facts";

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
                        + artifact() + " as a dependency (the built-in pack does not need it)");
            }
        }
        requireOpenFacts();
    }

    /**
     * On the module path: DRL rules are compiled into classes in an unnamed module, and MVEL reads
     * fact fields by reflection, so both need the facts package open. module-info cannot open a
     * package to unnamed modules, so the option has to come from the command line.
     */
    private static void requireOpenFacts() {
        Module library = DrlCompiler.class.getModule();
        if (!library.isNamed()) {
            return;
        }
        Module mvel = moduleOf("org.mvel2.MVEL");
        boolean open = library.isOpen(FACTS, DrlCompiler.class.getClassLoader().getUnnamedModule())
                && (!mvel.isNamed() || library.isOpen(FACTS, mvel));
        if (!open) {
            throw new KnowledgePackException("on the module path, compiling a rules directory needs the java option --add-opens "
                    + library.getName() + "/" + FACTS + "=ALL-UNNAMED" + (mvel.isNamed() ? "," + mvel.getName() : "")
                    + " (the compiled rules read the rule facts)");
        }
    }

    private static Module moduleOf(String className) {
        try {
            return Class.forName(className, false, DrlCompiler.class.getClassLoader()).getModule();
        } catch (ClassNotFoundException e) {
            return DrlCompiler.class.getClassLoader().getUnnamedModule();
        }
    }

    /** drools-mvel must match the Drools runtime already present, whatever version the host app chose. */
    static String artifact() {
        String version = RuleBaseFactory.class.getPackage().getImplementationVersion();
        if (version == null) { // on the module path the manifest is not read; the module's version is
            version = RuleBaseFactory.class.getModule().getDescriptor() == null ? null
                    : RuleBaseFactory.class.getModule().getDescriptor().rawVersion().orElse(null);
        }
        return version == null ? ARTIFACT + " (the version of your drools-core)" : ARTIFACT + ":" + version;
    }
}
