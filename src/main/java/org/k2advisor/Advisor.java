package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.k2advisor.internal.engine.CompiledPack;
import org.k2advisor.internal.json.AnswersJson;
import org.k2advisor.internal.report.ReportAssembler;

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
    private final CompiledPack compiled;

    private Advisor(CompiledPack compiled) {
        this.compiled = compiled;
    }

    /**
     * The pack shipped in the jar, precompiled at build time (fast start). Needs no DRL compiler.
     *
     * @return an advisor for the built-in pack; build it once and share it
     * @throws KnowledgePackException if the jar's precompiled rules are missing or do not load
     */
    public static Advisor builtIn() {
        return new Advisor(CompiledPack.builtIn());
    }

    /**
     * A pack in a directory laid out like the repository's rules/ folder, compiled from DRL now.
     * This needs Drools' DRL compiler, {@code org.drools:drools-mvel}, which the library lists as
     * an optional dependency: add it to use this method.
     *
     * @param directory the folder holding pack.json, questionnaire.json, advice.json and the DRL files
     * @return an advisor for that pack
     * @throws KnowledgePackException naming the file (and line) of the first problem, text that fails
     *     the safety checks included, or the dependency to add when the DRL compiler is missing
     */
    public static Advisor fromDirectory(Path directory) {
        return fromDirectory(directory, PackOptions.defaults());
    }

    /**
     * As {@link #fromDirectory(Path)}, with options: {@link PackOptions#allowUnsafeText()} loads a
     * pack whose text fails the safety checks, and every report from it then says so.
     *
     * @param directory the folder holding pack.json, questionnaire.json, advice.json and the DRL files
     * @param options how to load it
     * @return an advisor for that pack
     * @throws KnowledgePackException naming the file (and line) of the first problem
     */
    public static Advisor fromDirectory(Path directory, PackOptions options) {
        return new Advisor(CompiledPack.directory(directory, requireNonNull(options, "options")));
    }

    /**
     * Advice for the given answers: answer id to a Boolean, a Number or a String ("unknown",
     * a choice, or the text of a yes/no or number). An answer to a question that applies only
     * after another answer implies that answer when it allows one value only (a calcium score
     * implies {@code cac_scan: true}); the report's answers show it.
     *
     * @param answers answer id to value; a question left out counts as not answered
     * @return the report, advice in order of urgency, with the reasoning trace
     * @throws InvalidAnswersException listing every answer that cannot be used, each with a code
     *     and its field: an unknown or null id; a value of the wrong kind (null, NaN, a word for a
     *     number); a number out of range (Infinity, 1e999999999) or too long; an answer whose gate
     *     says it does not apply
     * @throws NullPointerException when {@code answers} itself is null: a programming error, not
     *     a person's answer
     */
    public Report advise(Map<String, ?> answers) {
        return compiled.run(compiled.normalize(answers)).report();
    }

    /**
     * Advice for an answers document: exactly one JSON object, as {@code k2advisor advise --answers}
     * reads; a leading byte-order mark is ignored, anything after the object is an error.
     *
     * @param answersJson the answers document
     * @return the report, as {@link #advise(Map)} gives it
     * @throws InvalidAnswersException as {@link #advise}, and for a document that is not one JSON
     *     object ({@code malformed_json}) or is larger than 1 MiB ({@code too_long})
     * @throws NullPointerException when {@code answersJson} is null
     */
    public Report adviseJson(String answersJson) {
        return advise(AnswersJson.parse(answersJson));
    }

    /**
     * Checks answers without running the rules.
     *
     * @param answers answer id to value, as for {@link #advise(Map)}
     * @return the answers in canonical form (booleans, whole numbers as integers, "unknown", choice
     *     values), implied gates included
     * @throws InvalidAnswersException as {@link #advise}
     * @throws NullPointerException when {@code answers} is null
     */
    public Map<String, Object> validate(Map<String, ?> answers) {
        return compiled.normalize(answers);
    }

    /**
     * Which pack this advisor runs, as every report names it.
     *
     * @return the pack's name, version and content hash
     */
    public KnowledgeBaseInfo knowledgeBase() {
        return compiled.pack().info();
    }

    /**
     * The pack's disclaimer, which every report carries.
     *
     * @return the disclaimer text
     */
    public String disclaimer() {
        return compiled.pack().disclaimer();
    }

    /**
     * The questionnaire: what can be answered, with allowed values and when each question applies.
     *
     * @return the questions in the order an interview asks them
     */
    public List<Question> questions() {
        return compiled.pack().questions();
    }

    /**
     * The claims of the article and the safety facts it omits, which the rules encode.
     *
     * @return every claim, with its evidence level, sources and any correction
     */
    public List<Claim> claims() {
        return compiled.pack().claims();
    }

    /**
     * The publications the claims and advice rest on.
     *
     * @return every source, ordered by id
     */
    public List<Source> sources() {
        return compiled.pack().sources().values().stream().sorted(Comparator.comparing(Source::id)).toList();
    }

    /**
     * The rules of the pack.
     *
     * @return the rules in file and line order, each with the claims it encodes
     */
    public List<RuleInfo> rules() {
        return compiled.engine().rules();
    }

    /**
     * The advice catalogue: everything a report could contain.
     *
     * @return every advice item, in report order
     */
    public List<AdviceItem> catalogue() {
        return ReportAssembler.catalogue(compiled.pack());
    }
}
