package org.k2advisor.internal.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.k2advisor.PackOptions;
import org.k2advisor.Report;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.drl.DrlParserCheck;
import org.k2advisor.internal.drl.DrlRules;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;
import org.k2advisor.internal.report.ReportAssembler;

/**
 * A pack read and compiled, with the validation its questionnaire defines: what the public
 * {@code Advisor} facade and the educator tools both stand on, so neither builds it its own way.
 */
public final class CompiledPack {
    private final KnowledgePack pack;
    private final RuleEngine engine;
    private final AnswerNormalizer normalizer;
    private final ReportAssembler assembler;
    private final Duration timeBudget;
    /** The rules as written, parsed on first use: only why-not needs them, and the parser is optional. */
    private DrlRules drl;

    private CompiledPack(KnowledgePack pack, RuleEngine engine) {
        this(pack, engine, pack.normalizer(), new ReportAssembler(pack), RuleEngine.DEFAULT_TIME_BUDGET);
    }

    private CompiledPack(KnowledgePack pack, RuleEngine engine, AnswerNormalizer normalizer, ReportAssembler assembler,
            Duration timeBudget) {
        this.pack = pack;
        this.engine = engine;
        this.normalizer = normalizer;
        this.assembler = assembler;
        this.timeBudget = timeBudget;
    }

    /** The pack shipped in the jar, precompiled into the executable model at build time. */
    public static CompiledPack builtIn() {
        KnowledgePack pack = PackReader.builtIn();
        return new CompiledPack(pack, RuleEngine.fromExecutableModel(pack));
    }

    /** A pack in a directory laid out like rules/, compiled from its DRL now. */
    public static CompiledPack directory(Path directory) {
        return directory(directory, PackOptions.defaults());
    }

    /** As {@link #directory(Path)}; the options decide whether text that fails the safety checks stops it. */
    public static CompiledPack directory(Path directory, PackOptions options) {
        KnowledgePack pack = PackReader.directory(directory, options);
        return new CompiledPack(pack, RuleEngine.fromDrl(pack));
    }

    /** What one run produced: the report, and our facts left in working memory (for explanations). */
    public record Run(Report report, List<Object> facts) {}

    public KnowledgePack pack() {
        return pack;
    }

    public RuleEngine engine() {
        return engine;
    }

    /** The rules as written, parsed on first use (needs Drools' DRL parser, an optional dependency). */
    public synchronized DrlRules drl() {
        if (drl == null) {
            DrlParserCheck.require();
            drl = DrlRules.parse(pack);
        }
        return drl;
    }

    /** The same compiled pack (shared, not copied) with each run limited to {@code budget}; checked by the caller. */
    public CompiledPack withTimeBudget(Duration budget) {
        return new CompiledPack(pack, engine, normalizer, assembler, budget);
    }

    /** Validates raw answers into canonical form, or throws listing every bad one. */
    public Map<String, Object> normalize(Map<String, ?> raw) {
        return normalizer.normalize(raw);
    }

    /** Runs the rules on answers already in canonical form, within the time budget. */
    public Run run(Map<String, Object> normalized) {
        RuleEngine.Evaluation evaluation = engine.evaluate(normalized, timeBudget);
        Report report = new Report(pack.disclaimer(), pack.info(), normalized,
                assembler.advice(normalized, evaluation.facts(), evaluation.justifications()), evaluation.trace(),
                pack.warnings());
        return new Run(report, evaluation.facts());
    }
}
