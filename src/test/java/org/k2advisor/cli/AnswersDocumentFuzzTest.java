package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.k2advisor.Advisor;
import org.k2advisor.FuzzChecks;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.Report;
import org.k2advisor.TestPacks;
import org.k2advisor.internal.json.AnswersJson;
import org.k2advisor.internal.render.TextReport;
import org.k2advisor.internal.render.Wrap;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * An answers document as bytes, as `advise --answers FILE` or standard input gives them: read and
 * decoded (AnswersSource, StrictUtf8), parsed (AnswersParser), validated and advised on. Whatever the
 * bytes, the result is a report or an InvalidAnswersException whose every problem is one short line,
 * and the work stays bounded (see {@link FuzzChecks}). A report's answers, saved as `ask` saves them,
 * read back to the same answers.
 *
 * <p>A normal test run replays the corpus in
 * src/test/resources/org/k2advisor/cli/AnswersDocumentFuzzTestInputs/answersDocument/; {@code JAZZER_FUZZ=1}
 * fuzzes (see .ci/fuzz), and a finding is written there as a new input.
 */
class AnswersDocumentFuzzTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();

    @FuzzTest(maxDuration = "30s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void answersDocument(byte[] bytes) {
        FuzzChecks.assertBoundedWork(bytes.length, "reading these answers", () -> {
            try {
                String text = AnswersSource.read("--answers", "-", new ByteArrayInputStream(bytes));
                Report report = ADVISOR.adviseJson(text);
                // Valid answers: canonical, and what `ask` would save of them reads back the same.
                assertEquals(report.answers(), ADVISOR.validate(AnswersJson.parse(AnswersJson.write(report.answers()))));
                FuzzChecks.assertNoControlCharacters(TextReport.render(report, false, Wrap.WIDTH), true);
            } catch (InvalidAnswersException e) {
                FuzzChecks.assertReadable(e);
            }
        });
    }
}
