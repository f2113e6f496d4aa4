package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

import org.k2advisor.internal.json.ExplanationJson;

/**
 * Why an advice item is not in a report, or what else would bring it: every rule that could
 * conclude it, judged condition by condition against the run, with the answer changes that would
 * make it fire. Each change was checked by running the rules again. From
 * {@link Advisor#explainWhyNot}. The changes are what-ifs about the answers, never suggestions to
 * change anything in life.
 *
 * @param item the advice item, as the catalogue holds it
 * @param inReport whether the report holds it after all
 * @param concludedBy the rules that concluded it in this run (empty when it is not in the report)
 * @param rules every rule that could conclude it, in file order
 * @param disclaimer the pack's disclaimer
 * @param knowledgeBase which pack answered
 */
public record WhyNotExplanation(
        AdviceItem item,
        boolean inReport,
        List<String> concludedBy,
        List<RuleVerdict> rules,
        String disclaimer,
        KnowledgeBaseInfo knowledgeBase) {

    /** How a rule fares against the answers. */
    public enum Outcome {
        /** Every condition holds. */
        FIRES,
        /** Some condition does not hold. */
        BLOCKED,
        /** A condition is outside what the explainer reads, so it cannot say. */
        CANNOT_EXPLAIN
    }

    /** How one condition of a rule fares. */
    public enum Status {
        /** It holds. */
        HELD,
        /** It does not hold. */
        NOT_HELD,
        /** It is outside what the explainer reads. */
        CANNOT_EXPLAIN
    }

    /**
     * One rule that could conclude the item (or a fact another such rule needs).
     *
     * @param rule the rule
     * @param outcome how it fares
     * @param retractedFirings firings of it whose conclusions truth maintenance took back by the end
     * @param conditions its conditions, in order
     * @param alternatives answer changes, any one of which would make it fire, smallest first (only
     *     for the rules that conclude the item itself; empty for the others)
     * @param moreAlternatives how many more alternatives exist beyond those listed
     */
    public record RuleVerdict(RuleInfo rule, Outcome outcome, List<Integer> retractedFirings,
            List<ConditionVerdict> conditions, List<Alternative> alternatives, int moreAlternatives) {
        /**
         * Checks the parts and copies the lists.
         *
         * @param rule the rule
         * @param outcome how it fares
         * @param retractedFirings firings whose conclusions were taken back
         * @param conditions its conditions, in order
         * @param alternatives answer changes that would make it fire
         * @param moreAlternatives how many more alternatives exist
         */
        public RuleVerdict {
            requireNonNull(rule, "rule");
            requireNonNull(outcome, "outcome");
            retractedFirings = List.copyOf(retractedFirings);
            conditions = List.copyOf(conditions);
            alternatives = List.copyOf(alternatives);
        }
    }

    /**
     * One condition of a rule, judged.
     *
     * @param text the condition as written in the rule
     * @param factType the kind of fact it matches: Answer, Finding or Advice
     * @param wanted what a rule that needs this fact adds to it, in words (empty at the top)
     * @param status how it fares
     * @param notes what held or failed, in words
     * @param producers the rules that could have concluded the missing fact
     */
    public record ConditionVerdict(String text, String factType, List<String> wanted, Status status, List<String> notes,
            List<RuleVerdict> producers) {
        /**
         * Checks the parts and copies the lists.
         *
         * @param text the condition as written in the rule
         * @param factType the kind of fact it matches
         * @param wanted what a rule that needs this fact adds to it
         * @param status how it fares
         * @param notes what held or failed, in words
         * @param producers the rules that could have concluded the missing fact
         */
        public ConditionVerdict {
            requireNonNull(text, "text");
            requireNonNull(status, "status");
            wanted = List.copyOf(wanted);
            notes = List.copyOf(notes);
            producers = List.copyOf(producers);
        }
    }

    /**
     * Answer changes that go together and would make a rule fire.
     *
     * @param changes the changes, all needed
     * @param bringsItem whether running the rules with them brought the item into the report; null
     *     when not checked (the item is already there)
     * @param problem why the check could not run (the changed answers were invalid), or null
     */
    public record Alternative(List<AnswerChange> changes, Boolean bringsItem, String problem) {
        /**
         * Copies the list.
         *
         * @param changes the changes, all needed
         * @param bringsItem whether the checked run brought the item, or null when not checked
         * @param problem why the check could not run, or null
         */
        public Alternative {
            changes = List.copyOf(changes);
        }

        /**
         * The changes as command-line options.
         *
         * @return such as "--set kidney_disease=yes --set dialysis=yes"
         */
        public String asSetOptions() {
            return changes.stream().map(AnswerChange::asSetOption).collect(Collectors.joining(" "));
        }
    }

    /**
     * Setting one answer to a value.
     *
     * @param question the question id
     * @param value the canonical value (Boolean, Long, Double or a choice word)
     */
    public record AnswerChange(String question, Object value) {
        /**
         * Checks that both parts are present.
         *
         * @param question the question id
         * @param value the canonical value
         */
        public AnswerChange {
            requireNonNull(question, "question");
            requireNonNull(value, "value");
        }

        /**
         * The value as the rules see it and as {@code --set} accepts it.
         *
         * @return yes or no for a boolean, else the value
         */
        public String shownValue() {
            return value instanceof Boolean b ? (b ? "yes" : "no") : value.toString();
        }

        /**
         * The change as a command-line option.
         *
         * @return such as "--set kidney_disease=yes"
         */
        public String asSetOption() {
            return "--set " + question + "=" + shownValue();
        }
    }

    /**
     * Checks the parts and copies the lists.
     *
     * @param item the advice item
     * @param inReport whether the report holds it after all
     * @param concludedBy the rules that concluded it in this run
     * @param rules every rule that could conclude it
     * @param disclaimer the pack's disclaimer
     * @param knowledgeBase which pack answered
     */
    public WhyNotExplanation {
        requireNonNull(item, "item");
        requireNonNull(disclaimer, "disclaimer");
        requireNonNull(knowledgeBase, "knowledgeBase");
        concludedBy = List.copyOf(concludedBy);
        rules = List.copyOf(rules);
    }

    /**
     * The explanation as JSON, in the shape the JSON Schema {@code why-not.schema.json} describes.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ExplanationJson.whyNot(this);
    }
}
