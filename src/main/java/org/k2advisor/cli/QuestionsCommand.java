package org.k2advisor.cli;

import java.util.List;

import org.k2advisor.Question;
import org.k2advisor.internal.answers.AnswerNormalizer;

import picocli.CommandLine.Command;
import org.k2advisor.internal.render.Wrap;

@Command(name = "questions", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the questionnaire: each answer id, its allowed values, when it applies and why we ask.")
final class QuestionsCommand extends ListingCommand<Question> {

    @Override
    List<Question> items() {
        return pack.read().questions();
    }

    @Override
    String text(List<Question> questions) {
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
