package org.k2advisor.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.Advisor;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.internal.answers.AnswerSettings;
import org.k2advisor.internal.fhir.FhirQuestionnaire;
import org.k2advisor.internal.pack.KnowledgePack;

import picocli.CommandLine.Option;

/** --answers FILE|- and --set id=value, merged: a --set overrides the same id in the file. */
final class AnswerInput {
    @Option(names = "--answers", paramLabel = "FILE|-",
            description = "A JSON answers file, or a FHIR QuestionnaireResponse to `questions --format fhir`; "
                    + "- reads it from standard input.")
    String answersFile;

    @Option(names = "--set", paramLabel = "id=value",
            description = "Set one answer (repeatable); overrides the same id in --answers.")
    List<String> sets = List.of();

    private boolean isEmpty() {
        return answersFile == null && sets.isEmpty();
    }

    /** Every command that reads answers stops early, in the same words, when none were given. */
    void requirePresent() {
        if (isEmpty()) {
            throw new InvalidAnswersException(Code.USAGE, "answers",
                    "give --answers FILE (or - for standard input), --set id=value, or both");
        }
    }

    /** The answers, a QuestionnaireResponse read against the advisor's questionnaire. */
    Map<String, Object> read(Console console, Advisor advisor) {
        return withSets(readFile(console, advisor));
    }

    /** As {@link #read(Console, Advisor)}, for a command that reads the pack without compiling its rules. */
    Map<String, Object> read(Console console, KnowledgePack pack) {
        return withSets(readFile(console, new FhirQuestionnaire(pack.questions(), pack.info().version())));
    }

    /** The answers of --answers alone (empty without it): `what-if` compares them with {@link #withSets}. */
    Map<String, Object> readFile(Console console, Advisor advisor) {
        return readFile(console, FhirQuestionnaire.of(advisor));
    }

    private Map<String, Object> readFile(Console console, FhirQuestionnaire questionnaire) {
        Map<String, Object> answers = new LinkedHashMap<>();
        if (answersFile != null) {
            answers.putAll(questionnaire.answers(readText(console)));
        }
        return answers;
    }

    /** A copy of {@code base} with every --set applied. */
    Map<String, Object> withSets(Map<String, Object> base) {
        return AnswerSettings.apply(base, sets, "--set");
    }

    private String readText(Console console) {
        return AnswersSource.read("--answers", answersFile, console.in());
    }
}
