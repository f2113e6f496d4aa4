package org.k2advisor.internal.explain;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.k2advisor.Report;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.drl.DrlRules;
import org.k2advisor.internal.engine.RuleEngine;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;

/**
 * One pack opened for the educator tools: the compiled rules, their DRL as written, and runs
 * that keep the working memory a report leaves out. The public {@code Advisor} stays lean;
 * these tools need to see more of the machinery than an embedding application should.
 */
public final class Workbench {
    private final KnowledgePack pack;
    private final RuleEngine engine;
    private final AnswerNormalizer normalizer;
    private DrlRules drl;

    private Workbench(KnowledgePack pack, RuleEngine engine) {
        this.pack = pack;
        this.engine = engine;
        this.normalizer = new AnswerNormalizer(pack.questions());
    }

    /** The built-in pack (precompiled) when {@code rulesDir} is null, else the pack there, compiled now. */
    public static Workbench load(Path rulesDir) {
        if (rulesDir == null) {
            KnowledgePack pack = PackReader.builtIn();
            return new Workbench(pack, RuleEngine.fromExecutableModel(pack));
        }
        KnowledgePack pack = PackReader.directory(rulesDir);
        return new Workbench(pack, RuleEngine.fromDrl(pack));
    }

    /** A finished run: the report, and our facts left in working memory. */
    public record Run(Report report, List<Object> facts) {}

    public KnowledgePack pack() {
        return pack;
    }

    public RuleEngine engine() {
        return engine;
    }

    /** The rules as written, read on first use (the DRL parser is only needed here). */
    public synchronized DrlRules drl() {
        if (drl == null) {
            drl = DrlRules.parse(pack);
        }
        return drl;
    }

    /** Validates raw answers into canonical form, as the advisor does. */
    public Map<String, Object> normalize(Map<String, ?> raw) {
        return normalizer.normalize(raw);
    }

    public Run run(Map<String, Object> normalized) {
        RuleEngine.Evaluation evaluation = engine.evaluate(normalized);
        Report report = new Report(pack.disclaimer(), pack.info(), normalized, evaluation.advice(), evaluation.trace());
        return new Run(report, evaluation.facts());
    }
}
