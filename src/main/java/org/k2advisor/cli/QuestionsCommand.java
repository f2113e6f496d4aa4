package org.k2advisor.cli;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.k2advisor.Question;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.fhir.FhirQuestionnaire;
import org.k2advisor.internal.json.ListingJson;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.render.Wrap;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

@Command(name = "questions", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the questionnaire: each answer id, its allowed values, when it applies and why we ask.",
        footer = {"", "Examples:",
            "  k2advisor questions",
            "  k2advisor questions --format fhir > k2-advisor.Questionnaire.json",
            "  k2advisor questions --format fhir-codes > k2-advisor.CodeSystems.json"})
final class QuestionsCommand implements Callable<Integer> {
    /** The listing's formats: those of `claims` and `rules`, and the FHIR resources only a questionnaire has. */
    enum Format {
        TEXT("text"), JSON("json"), FHIR("fhir"), FHIR_CODES("fhir-codes");

        private final String word;

        Format(String word) {
            this.word = word;
        }

        @Override
        public String toString() {
            return word;
        }
    }

    /** By the words typed, "fhir-codes" included, which no enum constant can be named. */
    static final class FormatWords implements ITypeConverter<Format>, Iterable<String> {
        @Override
        public Format convert(String typed) {
            return Stream.of(Format.values()).filter(f -> f.word.equals(typed)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("expected one of " + this + " but was '" + typed + "'"));
        }

        @Override
        public Iterator<String> iterator() {
            return Stream.of(Format.values()).map(Format::toString).iterator();
        }

        @Override
        public String toString() {
            return String.join(", ", this);
        }
    }

    @ParentCommand
    K2AdvisorCommand parent;

    @Mixin
    PackOption pack;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatWords.class,
            completionCandidates = FormatWords.class,
            description = "text, json, fhir (a FHIR R4 Questionnaire, which `advise --answers` takes "
                    + "QuestionnaireResponses to) or fhir-codes (a Bundle of the CodeSystems of its coded answers).")
    Format format;

    @Override
    public Integer call() {
        KnowledgePack read = pack.read();
        parent.console.print(switch (format) {
            case TEXT -> text(read.questions());
            case JSON -> ListingJson.write(read.questions());
            case FHIR -> FhirQuestionnaire.questionnaire(read);
            case FHIR_CODES -> FhirQuestionnaire.codeSystems(read);
        });
        return 0;
    }

    static String text(List<Question> questions) {
        StringBuilder out = new StringBuilder("Questions (answer ids for --answers files and --set)\n\n");
        for (Question q : questions) {
            out.append(q.id()).append('\n');
            out.append(Wrap.wrap("    ", "    ", q.text()));
            out.append(Wrap.wrap("    allowed: ", "      ", AnswerNormalizer.allowed(q)
                    + (q.unit() == null ? "" : " (" + q.unit() + ")")));
            if (q.defaultAnswer() != null) {
                out.append("    default (k2advisor ask, on Enter): ").append(q.defaultAnswer()).append('\n');
            }
            if (!q.when().isEmpty()) {
                out.append(Wrap.wrap("    asked only when: ", "      ", q.when().toString().replaceAll("[{}]", "")));
            }
            out.append(Wrap.wrap("    why we ask: ", "      ", q.help()));
        }
        out.append(Wrap.wrap("\n", "", "A question left out of the answers counts as not answered, which is not the "
                + "same as \"unknown\": unknown says you were asked and do not know."));
        return out.toString();
    }
}
