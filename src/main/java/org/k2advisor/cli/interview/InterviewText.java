package org.k2advisor.cli.interview;

import java.util.ArrayList;
import java.util.List;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.Question;
import org.k2advisor.cli.Wrap;
import org.k2advisor.internal.answers.AnswerNormalizer;

/**
 * Every sentence the interview says. The allowed answers come from the normalizer that checks
 * them, so what a question offers is always what it accepts.
 */
final class InterviewText {
    static final String COMMANDS = "? for why we ask, back, skip, quit";
    private static final String INDENT = "  ";

    private final Style style;

    InterviewText(Style style) {
        this.style = style;
    }

    String intro(int total, int given, String givenFrom) {
        String about = given == 0
                ? "K2 Advisor will ask about " + total + " questions, one at a time, then show what the evidence says."
                : "Using " + given + " answers from " + givenFrom + "; about " + total + " questions left to ask.";
        return Wrap.wrap("", "", about + " It is education, not medical advice.")
                + style.hint(Wrap.wrap("", "", "At any question type " + COMMANDS + "."));
    }

    /** The question itself, with its place in the interview; {@code position} 0 when changing an answer. */
    String question(Question q, int position, int total) {
        String lead = position == 0 ? "Change " + q.id() + ": " : "Question " + position + " of about " + total + ": ";
        return "\n" + style.question(Wrap.wrap(lead, INDENT, q.text()));
    }

    /** The input prompt: allowed answers, and what Enter means when it means anything. */
    String prompt(Question q, Object onEnter, boolean keeping) {
        String enter = onEnter == null ? "" : (keeping ? " (Enter keeps " : " (Enter: ") + show(onEnter) + ")";
        return INDENT + style.hint(AnswerNormalizer.allowedInWords(q) + enter) + " > ";
    }

    String help(Question q) {
        return Wrap.wrap(INDENT + "Why we ask: ", INDENT, q.help())
                + Wrap.wrap(INDENT, INDENT, "Answer " + AnswerNormalizer.allowedInWords(q)
                        + ", or type back (previous question), skip (leave it unanswered) or quit (stop, saving nothing).");
    }

    /** A wrong answer, explained with the normalizer's own message. */
    String wrongAnswer(InvalidAnswersException e) {
        String message = e.problems().get(0).message();
        return style.problem(Wrap.wrap(INDENT + "Sorry, that does not fit: ", INDENT, message + ". Please try again."));
    }

    String note(String text) {
        return style.problem(Wrap.wrap(INDENT, INDENT, text));
    }

    String dropped(List<String> ids) {
        return ids.isEmpty() ? "" : note("No longer asked, so its answer is dropped: " + String.join(", ", ids) + ".");
    }

    String summary(InterviewState state) {
        List<String> answered = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Question q : state.order()) {
            Object value = state.answerTo(q.id());
            if (value != null) {
                answered.add(q.id() + ": " + show(value));
            } else if (state.isSkipped(q.id())) {
                skipped.add(q.id());
            }
        }
        String text = "\n" + Wrap.wrap("Your answers: ", INDENT, answered.isEmpty() ? "none." : String.join("; ", answered) + ".");
        if (!skipped.isEmpty()) {
            text += Wrap.wrap("Skipped: ", INDENT, String.join(", ", skipped) + ".");
        }
        return text;
    }

    String summaryPrompt() {
        return style.hint("Enter for your report, or a question id to change its answer") + " > ";
    }

    String emergency() {
        return "\n" + style.urgent(Wrap.wrap("", "", "You said you have urgent symptoms now, so the interview stops here. "
                + "Please read the first item below and get help at once."));
    }

    /** A canonical answer in the words the interview uses. */
    static String show(Object canonical) {
        if (canonical instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return AnswerNormalizer.UNKNOWN.equals(canonical) ? "don't know" : String.valueOf(canonical);
    }
}
