package org.k2advisor.cli.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.Question;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.pack.KnowledgePack;

/**
 * One interview, driven only by the pack's questionnaire: each question that applies is asked in
 * order (the urgent one first) until all are answered or skipped; then a summary lets the person
 * change any answer. Every answer is checked by {@link AnswerNormalizer#normalizeValue}, the very
 * check JSON answers get, so the interview can never accept what {@code advise} would reject.
 */
public final class Interview {
    /** How an interview ended: only COMPLETED and EMERGENCY lead to a report. */
    public enum Ending { COMPLETED, EMERGENCY, QUIT, END_OF_INPUT }

    /** The ending and the answers given by then, canonical, in interview order. */
    public record Outcome(Ending ending, Map<String, Object> answers) {}

    private enum Kind { ANSWER, SKIP, BACK, CHANGE, DONE, QUIT, END }

    private record Reply(Kind kind, Question question, Object value) {
        static Reply of(Kind kind) {
            return new Reply(kind, null, null);
        }
    }

    private static final List<String> COMMAND_WORDS = List.of("?", "back", "skip", "quit");

    private final InterviewState state;
    private final AnswerNormalizer normalizer;
    private final String givenFrom;
    private final Conversation talk;
    private final InterviewText text;

    /**
     * @param given answers already known, canonical (as {@link AnswerNormalizer#normalize} returns them)
     * @param givenFrom where {@code given} came from, for the opening line
     */
    public Interview(KnowledgePack pack, Map<String, Object> given, String givenFrom, Conversation talk) {
        this.state = new InterviewState(pack.questions(), given);
        this.normalizer = pack.normalizer();
        this.givenFrom = givenFrom;
        this.talk = talk;
        this.text = new InterviewText(talk.style(), talk.width());
    }

    /**
     * Runs the interview to its end.
     *
     * @param beforeEachQuestion runs before every prompt; lets the caller stop the interview (by
     *     throwing) as soon as background work, such as compiling the rules, has failed
     * @throws InterruptedByUser on Ctrl-C
     */
    public Outcome run(Runnable beforeEachQuestion) {
        talk.say(text.intro(state.expectedTotal(), state.givenCount(), givenFrom));
        Question current = state.next();
        boolean changing = false;
        while (!state.emergency()) {
            beforeEachQuestion.run();
            Reply reply = current == null ? summary() : ask(current, changing);
            changing = false;
            switch (reply.kind()) {
                case ANSWER -> {
                    talk.say(text.dropped(labels(state.answer(reply.question(), reply.value()))));
                    current = state.next();
                }
                case SKIP -> {
                    talk.say(text.dropped(labels(state.skip(reply.question()))));
                    current = state.next();
                }
                case BACK -> {
                    Question previous = state.previous(current);
                    if (previous == null) {
                        talk.say(text.note("There is no earlier question to go back to."));
                    } else {
                        current = previous;
                    }
                }
                case CHANGE -> {
                    current = reply.question();
                    changing = true;
                }
                case DONE -> {
                    return new Outcome(Ending.COMPLETED, state.answers());
                }
                case QUIT -> {
                    return new Outcome(Ending.QUIT, state.answers());
                }
                default -> {
                    return new Outcome(Ending.END_OF_INPUT, state.answers());
                }
            }
        }
        talk.say(text.emergency());
        return new Outcome(Ending.EMERGENCY, state.answers());
    }

    private Reply ask(Question q, boolean changing) {
        Object current = state.answerTo(q.id());
        Object onEnter = current != null ? current : q.defaultAnswer();
        talk.say(text.question(q, changing ? 0 : state.position(q), state.expectedTotal()));
        List<String> completions = new ArrayList<>();
        if (InterviewText.isMenu(q)) {
            for (int i = 1; i <= q.choices().size(); i++) {
                completions.add(Integer.toString(i));
            }
        }
        completions.addAll(AnswerNormalizer.offered(q));
        completions.addAll(COMMAND_WORDS);
        while (true) {
            String line = talk.ask(text.prompt(q, onEnter, current != null), completions);
            if (line == null) {
                return Reply.of(Kind.END);
            }
            String typed = line.strip();
            switch (typed.toLowerCase(Locale.ROOT)) {
                case "?", "help" -> talk.say(text.help(q));
                case "back" -> {
                    return Reply.of(Kind.BACK);
                }
                case "skip" -> {
                    return new Reply(Kind.SKIP, q, null);
                }
                case "quit", "exit" -> {
                    return Reply.of(Kind.QUIT);
                }
                case "" -> {
                    if (onEnter != null) {
                        return new Reply(Kind.ANSWER, q, onEnter);
                    }
                    talk.say(text.note("Please type an answer, or skip to leave this one unanswered."));
                }
                default -> {
                    try {
                        return new Reply(Kind.ANSWER, q, normalizer.normalizeValue(q, menuChoice(q, typed)));
                    } catch (InvalidAnswersException e) {
                        talk.say(text.wrongAnswer(q, typed, e.problems().get(0).code()));
                    }
                }
            }
        }
    }

    /** On a menu, "2" picks the second choice; anything else is taken as typed (a value such as "vka"). */
    private static String menuChoice(Question q, String typed) {
        if (InterviewText.isMenu(q) && typed.matches("[0-9]{1,3}")) {
            int n = Integer.parseInt(typed);
            if (n >= 1 && n <= q.choices().size()) {
                return q.choices().get(n - 1).value();
            }
        }
        return typed;
    }

    private Reply summary() {
        Map<String, Object> answers = state.answers();
        List<Question> listed = state.order().stream()
                .filter(q -> q.appliesTo(answers) && (answers.containsKey(q.id()) || state.isSkipped(q.id()))).toList();
        talk.say(text.summary(listed, state));
        List<String> completions = new ArrayList<>(List.of("back", "quit", "?"));
        for (int i = 1; i <= listed.size(); i++) {
            completions.add(Integer.toString(i));
        }
        while (true) {
            String line = talk.ask(text.summaryPrompt(), completions);
            if (line == null) {
                return Reply.of(Kind.END);
            }
            String typed = line.strip().toLowerCase(Locale.ROOT);
            switch (typed) {
                case "" -> {
                    return Reply.of(Kind.DONE);
                }
                case "back" -> {
                    return Reply.of(Kind.BACK);
                }
                case "quit", "exit" -> {
                    return Reply.of(Kind.QUIT);
                }
                case "?", "help" -> talk.say(text.note("Press Enter to see your report. To change an answer first, "
                        + "type its number from the list above; back returns to the last question; quit stops."));
                default -> {
                    Question q = typed.matches("[0-9]{1,3}") ? numbered(listed, Integer.parseInt(typed)) : state.find(typed);
                    if (q == null) {
                        talk.say(text.note("There is no answer " + BoundedLines.quoted(typed) + " to change. Type a number from 1 to "
                                + listed.size() + ", or press Enter for your report."));
                    } else if (!q.appliesTo(answers)) {
                        talk.say(text.note("\"" + q.label() + "\" is asked only when " + gates(q) + "."));
                    } else {
                        return new Reply(Kind.CHANGE, q, null);
                    }
                }
            }
        }
    }

    private List<String> labels(List<String> ids) {
        return ids.stream().map(id -> state.find(id).label()).toList();
    }

    private static Question numbered(List<Question> listed, int n) {
        return n >= 1 && n <= listed.size() ? listed.get(n - 1) : null;
    }

    /** The gates of a question in words: "Kidney disease is yes". */
    private String gates(Question q) {
        return q.when().entrySet().stream()
                .map(gate -> {
                    Question gateQuestion = state.find(gate.getKey());
                    return gateQuestion.label() + " is " + gate.getValue().stream()
                            .map(v -> InterviewText.shown(gateQuestion, v)).collect(Collectors.joining(" or "));
                })
                .collect(Collectors.joining(" and "));
    }
}
