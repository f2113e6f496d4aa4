package org.k2advisor;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.engine.RuleEngine;
import org.k2advisor.internal.json.AnswersJson;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;

/**
 * The one entry point: load a knowledge pack once, then ask for advice as often as needed, from
 * any number of threads. Each call validates the answers against the pack's questionnaire and
 * runs the rules in a fresh session.
 *
 * <pre>{@code
 * Advisor advisor = Advisor.builtIn();
 * Report report = advisor.advise(Map.of("age", 67, "diabetes", true, "goal", "reverse"));
 * String json = report.toJson(false);
 * }</pre>
 */
public final class Advisor {
    private final KnowledgePack pack;
    private final RuleEngine engine;
    private final AnswerNormalizer normalizer;

    private Advisor(KnowledgePack pack, RuleEngine engine) {
        this.pack = pack;
        this.engine = engine;
        this.normalizer = new AnswerNormalizer(pack.questions());
    }

    /** The pack shipped in the jar, precompiled at build time (fast start). */
    public static Advisor builtIn() {
        KnowledgePack pack = PackReader.builtIn();
        return new Advisor(pack, RuleEngine.fromExecutableModel(pack));
    }

    /**
     * A pack in a directory laid out like the repository's rules/ folder, compiled from DRL now.
     *
     * @throws KnowledgePackException naming the file (and line) of the first problem
     */
    public static Advisor fromDirectory(Path directory) {
        KnowledgePack pack = PackReader.directory(directory);
        return new Advisor(pack, RuleEngine.fromDrl(pack));
    }

    /**
     * Advice for the given answers: answer id to a Boolean, a Number or a String ("unknown",
     * a choice, or the text of a yes/no or number).
     *
     * @throws InvalidAnswersException naming the first answer that cannot be used
     */
    public Report advise(Map<String, ?> answers) {
        Map<String, Object> normalized = normalizer.normalize(answers);
        RuleEngine.Evaluation evaluation = engine.evaluate(normalized);
        return new Report(pack.disclaimer(), pack.info(), normalized, evaluation.advice(), evaluation.trace());
    }

    /** Advice for an answers document: one JSON object, as {@code k2advisor advise --answers} reads. */
    public Report adviseJson(String answersJson) {
        return advise(AnswersJson.parse(answersJson));
    }

    /** Checks answers without running the rules; returns them in canonical form. */
    public Map<String, Object> validate(Map<String, ?> answers) {
        return normalizer.normalize(answers);
    }

    public KnowledgeBaseInfo knowledgeBase() {
        return pack.info();
    }

    public String disclaimer() {
        return pack.disclaimer();
    }

    public List<Question> questions() {
        return pack.questions();
    }

    public List<Claim> claims() {
        return pack.claims();
    }

    public List<Source> sources() {
        return pack.sources().values().stream().sorted(Comparator.comparing(Source::id)).toList();
    }

    /** The rules in file and line order, each with the claims it encodes. */
    public List<RuleInfo> rules() {
        return engine.rules();
    }

    /** The advice catalogue in report order: everything a report could contain. */
    public List<AdviceItem> catalogue() {
        return pack.catalogue();
    }
}
