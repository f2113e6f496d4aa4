package org.k2advisor.internal.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.PackOptions;
import org.k2advisor.Question;
import org.k2advisor.Report;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.drl.DrlParserCheck;
import org.k2advisor.internal.drl.DrlRules;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;
import org.k2advisor.internal.report.ReportAssembler;
import org.kie.api.KieBase;

/**
 * A pack read and compiled, with the validation its questionnaire defines: what the public
 * {@code Advisor} facade and the educator tools both stand on, so neither builds it its own way.
 */
public final class CompiledPack {
    /** The warm-up's budget: it runs once, unhurried, on a pack that is tested to terminate. */
    private static final Duration WARM_UP_BUDGET = Duration.ofMinutes(10);

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
        // The KieBase does not depend on the pack's JSON files: both are built at once (see Background).
        Background<KieBase> kieBase = Background.start("k2advisor-kiebase", KieBases::fromExecutableModel);
        KnowledgePack pack = PackReader.builtIn();
        CompiledPack compiled = new CompiledPack(pack, RuleEngine.fromExecutableModel(pack, kieBase.join()));
        compiled.engine.evaluate(compiled.normalize(warmUpAnswers(pack)), WARM_UP_BUDGET);
        return compiled;
    }

    /**
     * Answers that reach most of a pack's rules: every yes/no question answered yes, every choice its
     * first, every number the middle of its range, and the emergency question left out (its answer
     * cuts the report short). The built-in pack runs them once before its first real evaluation.
     * Drools loads and links the classes of its sessions and of each rule's conditions and actions
     * on first use, which in a fresh JVM takes tens of milliseconds and, on a machine busy with
     * other work, was seen to take more than the 2 s time budget: a person's first report failed
     * with "ran past the time budget". Warmed up, the first real evaluation takes what any other
     * does. Not done for a pack from a directory: its rules may never return. Raw answers, for the
     * compiled pack's own normalizer.
     */
    static Map<String, Object> warmUpAnswers(KnowledgePack pack) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question question : pack.questions()) {
            if (question.stopsInterviewOn() != null) {
                continue;
            }
            answers.put(question.id(), switch (question.kind()) {
                case BOOLEAN -> true;
                case CHOICE -> question.choices().get(0).value();
                case INTEGER -> Math.round(middle(question));
                case NUMBER -> middle(question);
            });
        }
        return answers;
    }

    private static double middle(Question question) {
        double min = question.min() == null ? 0 : question.min().doubleValue();
        return question.max() == null ? min : (min + question.max().doubleValue()) / 2;
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
        return run(normalized, true);
    }

    /** As {@link #run(Map)}; the report leaves the trace out unless {@code withTrace}. */
    public Run run(Map<String, Object> normalized, boolean withTrace) {
        RuleEngine.Evaluation evaluation = engine.evaluate(normalized, timeBudget);
        Report report = new Report(pack.disclaimer(), pack.info(), normalized,
                assembler.advice(normalized, evaluation.facts(), evaluation.justifications()),
                withTrace ? evaluation.trace() : List.of(), pack.warnings());
        return new Run(report, evaluation.facts());
    }
}
