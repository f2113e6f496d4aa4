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

    /** The pack shipped in the jar, precompiled at build time (fast start). */
    public static Advisor builtIn() {
        return new Advisor(CompiledPack.builtIn());
    }

    /**
     * A pack in a directory laid out like the repository's rules/ folder, compiled from DRL now.
     *
     * @throws KnowledgePackException naming the file (and line) of the first problem, text that fails
     *     the safety checks included
     */
    public static Advisor fromDirectory(Path directory) {
        return fromDirectory(directory, PackOptions.defaults());
    }

    /**
     * As {@link #fromDirectory(Path)}, with options: {@link PackOptions#allowUnsafeText()} loads a
     * pack whose text fails the safety checks, and every report from it then says so.
     *
     * @throws KnowledgePackException naming the file (and line) of the first problem
     */
    public static Advisor fromDirectory(Path directory, PackOptions options) {
        return new Advisor(CompiledPack.directory(directory, requireNonNull(options, "options")));
    }

    /**
     * Advice for the given answers: answer id to a Boolean, a Number or a String ("unknown",
     * a choice, or the text of a yes/no or number).
     *
     * @throws InvalidAnswersException naming the first answer that cannot be used
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
