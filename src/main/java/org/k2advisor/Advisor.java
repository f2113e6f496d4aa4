package org.k2advisor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.k2advisor.internal.engine.CompiledPack;
import org.k2advisor.internal.json.AnswersJson;
import org.k2advisor.internal.report.ReportAssembler;

/**
 * The one entry point: load a knowledge pack once, then ask for advice as often as needed, from
 * any number of threads. Each call validates the answers against the pack's questionnaire and
 * runs the rules in a fresh session, within a firing limit and a time budget (see
 * {@link #withTimeBudget}).
 *
 * <pre>{@code
 * Advisor advisor = Advisor.builtIn();
 * Report report = advisor.advise(Map.of("age", 67, "diabetes", true, "goal", "reverse"));
 * String json = report.toJson(false);
 * }</pre>
 */
public final class Advisor {
    private static final Duration MIN_TIME_BUDGET = Duration.ofMillis(1);
    private static final Duration MAX_TIME_BUDGET = Duration.ofHours(1);

    private final CompiledPack compiled;

    private Advisor(CompiledPack compiled) {
        this.compiled = compiled;
    }

    /** The pack shipped in the jar, precompiled at build time (fast start). */
    public static Advisor builtIn() {
        return new Advisor(CompiledPack.builtIn());
    }

    /**
     * A pack in a directory laid out like the repository's rules/ folder, compiled from DRL now.
     * Its rules may hold any Java, so each evaluation runs on a worker thread that the call waits
     * for at most the time budget (see {@link #withTimeBudget}).
     *
     * @throws KnowledgePackException naming the file (and line) of the first problem
     */
    public static Advisor fromDirectory(Path directory) {
        return new Advisor(CompiledPack.directory(directory));
    }

    /**
     * This advisor with another time budget per evaluation (2 seconds unless set: far above the
     * built-in pack's 40 µs at the 99th percentile, short for a person waiting): the same
     * compiled pack, shared, not rebuilt, so this is cheap; this advisor is unchanged.
     *
     * <p>An evaluation that runs past its budget throws a {@link KnowledgePackException} naming the
     * rule that was running. The built-in pack runs on the calling thread and is stopped between two
     * rule firings. A pack from {@link #fromDirectory} runs on a worker thread: the call returns when
     * the budget is spent even if a rule's action never returns, but such a thread cannot be
     * stopped in Java and is abandoned, still running. Treat a pack that ran out of time as broken.
     *
     * @param budget from 1 millisecond to 1 hour
     * @throws NullPointerException if {@code budget} is null
     * @throws IllegalArgumentException if {@code budget} is outside that range
     */
    public Advisor withTimeBudget(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        if (budget.compareTo(MIN_TIME_BUDGET) < 0 || budget.compareTo(MAX_TIME_BUDGET) > 0) {
            throw new IllegalArgumentException("the time budget must be from 1 ms to 1 hour, not " + budget);
        }
        return new Advisor(compiled.withTimeBudget(budget));
    }

    /**
     * Advice for the given answers: answer id to a Boolean, a Number or a String ("unknown",
     * a choice, or the text of a yes/no or number).
     *
     * @throws InvalidAnswersException naming the first answer that cannot be used
     * @throws KnowledgePackException when a rule fails while the rules run: its action throws, it
     *     keeps re-triggering (more than 10,000 firings), or the run goes past the time budget
     */
    public Report advise(Map<String, ?> answers) {
        return compiled.run(compiled.normalize(answers)).report();
    }

    /** Advice for an answers document: one JSON object, as {@code k2advisor advise --answers} reads. */
    public Report adviseJson(String answersJson) {
        return advise(AnswersJson.parse(answersJson));
    }

    /** Checks answers without running the rules; returns them in canonical form. */
    public Map<String, Object> validate(Map<String, ?> answers) {
        return compiled.normalize(answers);
    }

    public KnowledgeBaseInfo knowledgeBase() {
        return compiled.pack().info();
    }

    public String disclaimer() {
        return compiled.pack().disclaimer();
    }

    public List<Question> questions() {
        return compiled.pack().questions();
    }

    public List<Claim> claims() {
        return compiled.pack().claims();
    }

    public List<Source> sources() {
        return compiled.pack().sources().values().stream().sorted(Comparator.comparing(Source::id)).toList();
    }

    /** The rules in file and line order, each with the claims it encodes. */
    public List<RuleInfo> rules() {
        return compiled.engine().rules();
    }

    /** The advice catalogue in report order: everything a report could contain. */
    public List<AdviceItem> catalogue() {
        return ReportAssembler.catalogue(compiled.pack());
    }
}
