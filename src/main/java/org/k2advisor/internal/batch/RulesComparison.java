package org.k2advisor.internal.batch;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.k2advisor.Advisor;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.KnowledgeBaseInfo;
import org.k2advisor.Report;
import org.k2advisor.WhatIfDiff;
import org.k2advisor.internal.explain.WhatIf;
import org.k2advisor.internal.fhir.FhirQuestionnaire;
import org.k2advisor.internal.json.ChangeJson;
import org.k2advisor.internal.json.ErrorJson;

/**
 * One input line advised with two packs and compared: the single definition of "this person's
 * advice changed" and of the record that says so, used by {@code k2advisor batch --compare-rules}
 * and by the Flink job alike, so that their outputs are the same bytes.
 *
 * <p>Advice changed when the {@code what-if} comparison of the two reports finds an item added,
 * an item removed or an item whose indicator differs ({@link WhatIfDiff#adviceSame()} is false).
 * Items matched by id whose text, order or sources differ, with the same indicator, are not a
 * change. A line that cannot be used gets the batch's error object: checked against the first
 * pack, then against the second (whose questionnaire may differ). Safe to call from many threads:
 * an {@link Advisor} is.
 */
public final class RulesComparison implements OrderedBatch.Handler {
    /** What became of one line. */
    public enum Kind {
        /** The same advice under both packs: nothing is written. */
        UNCHANGED,
        /** A change record ({@link ChangeJson}). */
        CHANGED,
        /** The batch's error object: {@code {"line": N, "problems": [...]}}. */
        ERROR
    }

    /**
     * The outcome of one line.
     *
     * @param json the record on one line, UTF-8 without a line break; empty when unchanged
     */
    public record Outcome(Kind kind, byte[] json) {}

    private static final byte[] NOTHING = new byte[0];

    private final Advisor before;
    private final Advisor after;
    private final KnowledgeBaseInfo beforeInfo;
    private final KnowledgeBaseInfo afterInfo;
    /** Lines are read as the first pack's answers, as the batch reads them, QuestionnaireResponses included. */
    private final FhirQuestionnaire questionnaire;
    private final LongAdder changed = new LongAdder();

    /** @param before the pack in use until now (the built-in one); @param after the changed pack */
    public RulesComparison(Advisor before, Advisor after) {
        // The trace is neither compared nor written: the advisors skip building it.
        this.before = before.withoutTrace();
        this.after = after.withoutTrace();
        this.beforeInfo = before.knowledgeBase();
        this.afterInfo = after.knowledgeBase();
        this.questionnaire = FhirQuestionnaire.of(before);
    }

    /**
     * Compares one line's advice under the two packs.
     *
     * @throws org.k2advisor.KnowledgePackException when either pack's rules fail: not the line's fault
     */
    public Outcome compare(JsonLines.Line line) {
        try {
            Map<String, Object> answers = LineAdvisor.answers(line, questionnaire);
            Report old = before.advise(answers);
            Report now = after.advise(answers);
            WhatIfDiff diff = WhatIf.between(old, now);
            if (diff.adviceSame()) {
                return new Outcome(Kind.UNCHANGED, NOTHING);
            }
            return new Outcome(Kind.CHANGED, ChangeJson.line(line.number(), diff, beforeInfo, afterInfo));
        } catch (InvalidAnswersException e) {
            return new Outcome(Kind.ERROR, ErrorJson.line(line.number(), e));
        }
    }

    /**
     * For the batch: appends the line's change record or error object and a line feed to {@code out},
     * or nothing when the advice is the same.
     *
     * @return false for an error object
     */
    @Override
    public boolean advise(JsonLines.Line line, ByteArrayOutputStream out) {
        Outcome outcome = compare(line);
        if (outcome.kind() != Kind.UNCHANGED) {
            out.writeBytes(outcome.json());
            out.write('\n');
        }
        if (outcome.kind() == Kind.CHANGED) {
            changed.increment();
        }
        return outcome.kind() != Kind.ERROR;
    }

    /** How many lines {@link #advise} found changed so far. */
    public long changed() {
        return changed.sum();
    }

    /** The two packs' names and versions, "k2-article 2.0.0 -> k2-article 2.1.0", for a summary. */
    public String packs() {
        return beforeInfo.name() + " " + beforeInfo.version() + " -> " + afterInfo.name() + " " + afterInfo.version();
    }
}
