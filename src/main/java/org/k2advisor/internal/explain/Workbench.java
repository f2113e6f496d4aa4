package org.k2advisor.internal.explain;

import java.nio.file.Path;
import java.util.Map;

import org.k2advisor.PackOptions;
import org.k2advisor.internal.drl.DrlRules;
import org.k2advisor.internal.engine.CompiledPack;
import org.k2advisor.internal.engine.RuleEngine;
import org.k2advisor.internal.pack.KnowledgePack;

/**
 * One pack opened for the educator tools: the same compiled pack the {@code Advisor} facade
 * stands on, plus its DRL as written, which these tools read and an embedding app never needs.
 */
public final class Workbench {
    private final CompiledPack compiled;
    private DrlRules drl;

    private Workbench(CompiledPack compiled) {
        this.compiled = compiled;
    }

    /** The built-in pack (precompiled) when {@code rulesDir} is null, else the pack there, compiled now. */
    public static Workbench load(Path rulesDir) {
        return load(rulesDir, PackOptions.defaults());
    }

    /** As {@link #load(Path)}; the options apply to a pack in a directory. */
    public static Workbench load(Path rulesDir, PackOptions options) {
        return new Workbench(rulesDir == null ? CompiledPack.builtIn() : CompiledPack.directory(rulesDir, options));
    }

    public KnowledgePack pack() {
        return compiled.pack();
    }

    public RuleEngine engine() {
        return compiled.engine();
    }

    /** The rules as written, read on first use (the DRL parser is only needed here). */
    public synchronized DrlRules drl() {
        if (drl == null) {
            drl = DrlRules.parse(compiled.pack());
        }
        return drl;
    }

    /** Validates raw answers into canonical form, as the advisor does. */
    public Map<String, Object> normalize(Map<String, ?> raw) {
        return compiled.normalize(raw);
    }

    /** Runs the rules and keeps the working memory that a report leaves out. */
    public CompiledPack.Run run(Map<String, Object> normalized) {
        return compiled.run(normalized);
    }
}
