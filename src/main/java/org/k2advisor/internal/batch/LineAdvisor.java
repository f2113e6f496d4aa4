package org.k2advisor.internal.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.k2advisor.Advisor;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.Report;
import org.k2advisor.internal.fhir.FhirQuestionnaire;
import org.k2advisor.internal.json.ErrorJson;
import org.k2advisor.internal.json.ReportJson;
import org.k2advisor.internal.json.StrictUtf8;

/**
 * One input line to one output line: the report, as {@code advise --format json} prints it but on
 * one line, or for a line that cannot be used {@code {"line": N, "problems": [...]}} with the
 * problems {@link InvalidAnswersException#toJson()} lists. Safe to call from many threads: the
 * {@link Advisor} is. A line is an answers object or a FHIR QuestionnaireResponse written on one
 * line, told apart as {@code advise --answers} tells them.
 */
public final class LineAdvisor implements OrderedBatch.Handler {
    private final Advisor advisor;
    private final boolean trace;
    private final FhirQuestionnaire questionnaire;

    /** @param trace whether each report carries its trace; without, the advisor skips building it into the report */
    public LineAdvisor(Advisor advisor, boolean trace) {
        this.advisor = trace ? advisor : advisor.withoutTrace();
        this.trace = trace;
        this.questionnaire = FhirQuestionnaire.of(advisor);
    }

    /**
     * Appends the line's record and a line feed to {@code out}.
     *
     * @return true for a report, false for an error object
     * @throws org.k2advisor.KnowledgePackException when the pack's rules fail: not the line's fault
     */
    @Override
    public boolean advise(JsonLines.Line line, ByteArrayOutputStream out) {
        boolean report;
        try {
            Report advice = advisor.advise(answers(line, questionnaire));
            ReportJson.writeLine(advice, trace, out);
            report = true;
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        } catch (InvalidAnswersException e) {
            out.writeBytes(ErrorJson.line(line.number(), e));
            report = false;
        }
        out.write('\n');
        return report;
    }

    /**
     * The line's answers (an answers object, or a QuestionnaireResponse to {@code questionnaire}), or
     * the exception its error object reports.
     */
    static java.util.Map<String, Object> answers(JsonLines.Line line, FhirQuestionnaire questionnaire) {
        if (line.tooLong()) {
            throw new InvalidAnswersException(Code.TOO_LONG, "answers", String.format(Locale.ROOT,
                    "the line is %,d bytes long; at most %,d are read (a line of answers is a few hundred bytes)",
                    line.length(), JsonLines.MAX_LINE_BYTES));
        }
        if (line.blank()) {
            // Skipping it would shift every later report off its input line.
            throw new InvalidAnswersException(Code.MALFORMED_JSON, "answers",
                    "the line is blank; every line must be one answers object, such as {\"age\": 64}, or {} for none");
        }
        return questionnaire.lineAnswers(StrictUtf8.decodeLine(line.bytes()));
    }
}
