package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.k2advisor.internal.engine.CompiledPack;
import org.k2advisor.internal.explain.Explanations;
import org.k2advisor.internal.explain.WhatIf;
import org.k2advisor.internal.fhir.FhirQuestionnaire;
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
    private final boolean recordTrace;
    private final FhirQuestionnaire fhir;
    private volatile Explanations explanations;

    private Advisor(CompiledPack compiled) {
        this(compiled, true);
    }

    private Advisor(CompiledPack compiled, boolean recordTrace) {
        this.compiled = compiled;
        this.recordTrace = recordTrace;
        this.fhir = new FhirQuestionnaire(compiled.pack().questions(), compiled.pack().info().version());
    }

    /**
     * The same advisor, sharing its compiled rules, whose reports leave the trace out: for callers
     * that show or store advice only. The explanations ({@link #explainWhy} and the others) still
     * see every firing.
     *
     * @return an advisor whose reports have an empty {@link Report#trace()}
     */
    public Advisor withoutTrace() {
        return recordTrace ? new Advisor(compiled, false) : this;
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
     * an optional dependency: add it to use this method. Its rules may hold any Java, so each
     * evaluation runs on a worker thread that the call waits for at most the time budget (see
     * {@link #withTimeBudget}).
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
     * @return an advisor sharing this one's rules, with that budget
     * @throws NullPointerException if {@code budget} is null
     * @throws IllegalArgumentException if {@code budget} is outside that range
     */
    public Advisor withTimeBudget(Duration budget) {
        requireNonNull(budget, "budget");
        if (budget.compareTo(MIN_TIME_BUDGET) < 0 || budget.compareTo(MAX_TIME_BUDGET) > 0) {
            throw new IllegalArgumentException("the time budget must be from 1 ms to 1 hour, not " + budget);
        }
        return new Advisor(compiled.withTimeBudget(budget), recordTrace);
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
     * @throws KnowledgePackException when a rule fails while the rules run: its action throws, it
     *     keeps re-triggering (more than 10,000 firings), or the run goes past the time budget
     * @throws NullPointerException when {@code answers} itself is null: a programming error, not
     *     a person's answer
     */
    public Report advise(Map<String, ?> answers) {
        return compiled.run(compiled.normalize(answers), recordTrace).report();
    }

    /**
     * Advice for an answers document: exactly one JSON object, as {@code k2advisor advise --answers}
     * reads; a leading byte-order mark is ignored, anything after the object is an error. The
     * document is either answers (answer id to value) or a FHIR R4 QuestionnaireResponse to
     * {@link #questionnaireAsFhir()}, told apart by {@code "resourceType": "QuestionnaireResponse"}
     * and read as {@link #answersFromFhir} reads it. The JSON Schema
     * {@code answers.schema.json} describes the canonical answers forms for the built-in pack; the
     * lenient ones ("yes", numbers as strings) are read too.
     *
     * @param answersJson the answers document, or a QuestionnaireResponse
     * @return the report, as {@link #advise(Map)} gives it
     * @throws InvalidAnswersException as {@link #advise}, and for a document that is not one JSON
     *     object ({@code malformed_json}) or is larger than 1 MiB ({@code too_long}); for a
     *     QuestionnaireResponse, as {@link #answersFromFhir}
     * @throws NullPointerException when {@code answersJson} is null
     */
    public Report adviseJson(String answersJson) {
        return advise(fhir.answers(answersJson));
    }

    /**
     * The questionnaire as a FHIR R4 Questionnaire resource, in JSON: canonical url
     * {@code https://k2advisor.org/fhir/Questionnaire/k2-advisor}, version the pack's version,
     * one item per question (linkId the answer id) in interview order, with answer options,
     * enableWhen for the skip logic, minValue/maxValue and a help item for "why we ask". Yes/no
     * questions are choice items answered yes, no or unknown, since a FHIR boolean cannot say
     * "don't know"; their codes, and each choice question's, come from the CodeSystems of
     * {@link #answerCodesAsFhir()}. Built from the pack each time; the same pack gives the same bytes.
     *
     * @return the Questionnaire, as indented JSON
     * @throws KnowledgePackException when a question's skip logic combines several questions, one
     *     with several values, which FHIR R4's enableWhen cannot express (the built-in pack has none)
     */
    public String questionnaireAsFhir() {
        return FhirQuestionnaire.questionnaire(compiled.pack());
    }

    /**
     * The CodeSystems the coded answers of {@link #questionnaireAsFhir()} come from, as one FHIR R4
     * Bundle of type collection: one shared by the yes/no questions (codes yes, no, unknown), and one
     * per choice question, whose codes are its choice values. For a FHIR server or validator that
     * should know the codes; a form needs only the Questionnaire.
     *
     * @return the Bundle, as indented JSON
     */
    public String answerCodesAsFhir() {
        return FhirQuestionnaire.codeSystems(compiled.pack());
    }

    /**
     * The answers of a FHIR R4 QuestionnaireResponse to {@link #questionnaireAsFhir()}, checked
     * against the Questionnaire and then validated exactly as {@link #validate} validates answers.
     * The response must name our questionnaire ({@code questionnaire}, with or without a version;
     * a version must have the pack's major version) and have status completed, amended or
     * in-progress. Each item's linkId is an answer id, given once, with at most one answer of the
     * item's type: a {@code valueCoding} of the question's CodeSystem, a {@code valueInteger} or a
     * {@code valueDecimal} within its bounds, or, for a number the person does not know, no value
     * and the data-absent-reason extension {@code asked-unknown}. An item without an answer is not
     * answered. Nested items, which this questionnaire has none of, are refused.
     *
     * @param questionnaireResponseJson the QuestionnaireResponse, as JSON (at most 1 MiB)
     * @return the answers in canonical form, as {@link #validate} returns them, ready for {@link #advise}
     * @throws InvalidAnswersException listing every problem, each with the linkId as its field
     *     ({@code questionnaire}, {@code status} or {@code resourceType} for the response as a
     *     whole): code {@code invalid_fhir} for a response that is not one to this questionnaire or
     *     is shaped unlike it, {@code unknown_id}, {@code wrong_type} or {@code out_of_range} for an
     *     item, {@code malformed_json} or {@code too_long} for the document, and as {@link #advise}
     *     for the answers themselves (an answer whose gate says it does not apply)
     * @throws NullPointerException when {@code questionnaireResponseJson} is null
     */
    public Map<String, Object> answersFromFhir(String questionnaireResponseJson) {
        return validate(fhir.responseAnswers(questionnaireResponseJson));
    }

    /**
     * Answers as a completed FHIR R4 QuestionnaireResponse to {@link #questionnaireAsFhir()}, which
     * {@link #answersFromFhir} reads back to the same answers: for saving or sending them in FHIR. It
     * names no patient and no time; add them where it is stored.
     *
     * @param answers answer id to value, as for {@link #advise(Map)}
     * @return the QuestionnaireResponse, as indented JSON, items in questionnaire order
     * @throws InvalidAnswersException as {@link #advise}
     * @throws NullPointerException when {@code answers} is null
     */
    public String answersAsFhir(Map<String, ?> answers) {
        return FhirQuestionnaire.response(compiled.pack(), validate(answers));
    }

    /**
     * Checks a set of answers, complete or partial, without running the rules and without throwing
     * for a person's answer: for a form that shows every problem beside its question.
     *
     * @param answers answer id to value, as for {@link #advise(Map)}
     * @return the usable answers in canonical form and every problem with the others
     * @throws NullPointerException when {@code answers} is null
     * @throws InvalidAnswersException only for more than 1,000 answers, which no form sends
     */
    public Validation check(Map<String, ?> answers) {
        var checked = compiled.pack().normalizer().check(answers);
        return new Validation(checked.answers(), checked.problems());
    }

    /**
     * The questions that apply given the answers so far, for skip logic: a question gated by
     * another answer (the calcium score by the scan) is listed only once that answer allows it.
     * Answers with a problem count as not given.
     *
     * @param answers answer id to value, as for {@link #advise(Map)}; partial, and possibly invalid
     * @return the applicable questions, in questionnaire order
     * @throws NullPointerException when {@code answers} is null
     */
    public List<Question> applicableQuestions(Map<String, ?> answers) {
        Map<String, Object> usable = check(answers).answers();
        return questions().stream().filter(question -> question.appliesTo(usable)).toList();
    }

    /**
     * Why an advice item is in the report for these answers: the chain of rule firings from the
     * answers through the findings to the item, each with the rule and the claims it encodes.
     *
     * @param answers answer id to value, as for {@link #advise(Map)}
     * @param adviceId an id of the catalogue (see {@link #catalogue()})
     * @return the explanation; {@link WhyExplanation#inReport()} is false, with no steps, when the
     *     report does not hold the item ({@link #explainWhyNot} then says why)
     * @throws InvalidAnswersException as {@link #advise}
     * @throws UnknownAdviceException when the catalogue has no such item
     */
    public WhyExplanation explainWhy(Map<String, ?> answers, String adviceId) {
        requireNonNull(adviceId, "adviceId");
        return explanations().why(compiled.normalize(answers), adviceId);
    }

    /**
     * Why an advice item is not in the report for these answers: each rule that could conclude it,
     * judged condition by condition, with the answer changes that would bring it, each checked by
     * running the rules again. Reads the rules as written, so it needs Drools' DRL parser
     * ({@code org.drools:drools-drl-parser}), an optional dependency of this library.
     *
     * @param answers answer id to value, as for {@link #advise(Map)}
     * @param adviceId an id of the catalogue
     * @return the explanation, also when the item is in the report after all
     * @throws InvalidAnswersException as {@link #advise}
     * @throws UnknownAdviceException when the catalogue has no such item
     * @throws KnowledgePackException naming the artifact to add when the DRL parser is missing
     */
    public WhyNotExplanation explainWhyNot(Map<String, ?> answers, String adviceId) {
        requireNonNull(adviceId, "adviceId");
        return explanations().whyNot(compiled.normalize(answers), adviceId);
    }

    /**
     * The reports for two sets of answers, compared: the answers that differ, the advice added,
     * removed or changed, and how often each rule fired.
     *
     * @param before the first answers, as for {@link #advise(Map)}
     * @param after the second answers
     * @return the comparison
     * @throws InvalidAnswersException as {@link #advise}, for either set
     */
    public WhatIfDiff whatIf(Map<String, ?> before, Map<String, ?> after) {
        return WhatIf.between(compiled.run(compiled.normalize(before)).report(),
                compiled.run(compiled.normalize(after)).report());
    }

    /**
     * The reasoning for these answers, one rule firing at a time, with the agenda before each.
     *
     * @param answers answer id to value, as for {@link #advise(Map)}
     * @return a stepper at the start, before any firing; close it when done
     * @throws InvalidAnswersException as {@link #advise}
     */
    public Teaching teach(Map<String, ?> answers) {
        return new Teaching(compiled.engine(), compiled.normalize(answers));
    }

    private Explanations explanations() {
        Explanations made = explanations;
        if (made == null) {
            made = new Explanations(compiled);
            explanations = made;
        }
        return made;
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
     * What every report from this pack puts first, as {@link Report#warnings()} does: empty unless
     * the pack was loaded with {@link PackOptions#allowUnsafeText()} despite text that fails the
     * safety checks. For outputs that are not reports (explanations, comparisons), which must say so too.
     *
     * @return one line per problem with the pack's text; empty for a safe pack
     */
    public List<String> warnings() {
        return compiled.pack().warnings();
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
