package org.k2advisor.cli.interview;

import java.util.List;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.Question;
import org.k2advisor.internal.render.AnswerWords;
import org.k2advisor.internal.render.Wrap;
import org.k2advisor.internal.answers.AnswerNormalizer;

/**
 * Every sentence the interview says. The allowed answers come from the normalizer that checks
 * them, so what a question offers is always what it accepts.
 */
final class InterviewText {
    static final String COMMANDS = "? for why we ask, back, skip, quit";
    private static final String INDENT = "  ";

    private final Style style;

    private final int width;

    InterviewText(Style style, int width) {
        this.style = style;
        this.width = width;
    }

    String intro(int total, int given, String givenFrom) {
        String about = given == 0
                ? "K2 Advisor will ask about " + total + " questions, one at a time, then show what the evidence says."
                : "Using " + given + " answers from " + givenFrom + "; about " + total + " questions left to ask.";
        return Wrap.wrap("", "", about + " It is education, not medical advice.", width)
                + style.hint(Wrap.wrap("", "", "At any question type " + COMMANDS + ".", width));
    }

    /**
     * The question itself, with its place in the interview ({@code position} 0 when changing an
     * answer), and a numbered menu when its choices have labels of their own.
     */
    String question(Question q, int position, int total) {
        String lead = position == 0 ? "Change \"" + q.label() + "\": " : "Question " + position + " of about " + total + ": ";
        StringBuilder out = new StringBuilder("\n").append(style.question(Wrap.wrap(lead, INDENT, q.text(), width)));
        if (isMenu(q)) {
            for (int i = 0; i < q.choices().size(); i++) {
                out.append(Wrap.wrap(INDENT + (i + 1) + "  ", INDENT + "   ", q.choices().get(i).label(), width));
            }
        }
        return out.toString();
    }

    /** A choice question whose choices need more words than their values shows them as a numbered menu. */
    static boolean isMenu(Question q) {
        return q.choices().stream().anyMatch(c -> !c.label().equals(c.value()));
    }

    /** The input prompt: allowed answers, and what Enter means when it means anything. */
    String prompt(Question q, Object onEnter, boolean keeping) {
        String enter = onEnter == null ? "" : (keeping ? " (Enter keeps " : " (Enter: ") + onEnterWords(q, onEnter) + ")";
        return INDENT + style.hint(allowed(q) + enter) + " > ";
    }

    String help(Question q) {
        return Wrap.wrap(INDENT + "Why we ask: ", INDENT, q.help(), width)
                + Wrap.wrap(INDENT, INDENT, "Answer " + allowed(q)
                        + ", or type back (previous question), skip (leave it unanswered) or quit (stop, saving nothing).", width);
    }

    /**
     * A wrong answer, in the prompt's own words ("don't know", not "unknown"), told by the kind of
     * problem validation found: out of range, too long, or simply not one of the answers offered.
     */
    String wrongAnswer(Question q, String typed, InvalidAnswersException.Code code) {
        String problem = switch (code) {
            case OUT_OF_RANGE -> BoundedLines.shown(typed) + " is out of range";
            case TOO_LONG -> "\"" + BoundedLines.shown(typed) + "\" is too long";
            default -> "\"" + BoundedLines.shown(typed) + "\" is not an answer here";
        };
        return style.problem(Wrap.wrap(INDENT + "Sorry, ", INDENT, problem + ". Please answer " + allowed(q) + ".", width));
    }

    /** On a menu, the default's number (the full label is on the menu just above); elsewhere its words. */
    private static String onEnterWords(Question q, Object onEnter) {
        if (isMenu(q)) {
            int at = q.choiceValues().indexOf(String.valueOf(onEnter));
            if (at >= 0) {
                return Integer.toString(at + 1);
            }
        }
        return shown(q, onEnter);
    }

    /** The allowed answers in the words the prompt uses. */
    static String allowed(Question q) {
        return isMenu(q) ? "a number from 1 to " + q.choices().size() : AnswerNormalizer.allowedInWords(q);
    }

    String note(String text) {
        return style.problem(Wrap.wrap(INDENT, INDENT, text, width));
    }

    /** Answers dropped because the question they answer no longer applies, by label. */
    String dropped(List<String> labels) {
        return labels.isEmpty() ? "" : note("No longer asked, so its answer is dropped: " + String.join(", ", labels) + ".");
    }

    /** Every question asked or answered so far, numbered, by its label, with the answer in words. */
    String summary(List<Question> listed, InterviewState state) {
        StringBuilder out = new StringBuilder("\nYour answers:\n");
        for (int i = 0; i < listed.size(); i++) {
            Question q = listed.get(i);
            Object value = state.answerTo(q.id());
            String answer = value != null ? shown(q, value) : "(skipped)";
            out.append(Wrap.wrap(String.format(java.util.Locale.ROOT, "%4d  ", i + 1), "      ",
                    q.label() + ": " + answer, width));
        }
        return out.toString();
    }

    String summaryPrompt() {
        return style.hint("Enter for your report, or the number of an answer to change it") + " > ";
    }

    String emergency() {
        return "\n" + style.urgent(Wrap.wrap("", "", "You said you have urgent symptoms now, so the interview stops here. "
                + "Please read the first item below and get help at once.", width));
    }

    /** A canonical answer in the words the interview uses: yes, don't know, a choice's label. */
    static String shown(Question q, Object canonical) {
        return AnswerWords.of(q, canonical);
    }
}
