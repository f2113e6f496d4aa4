package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.k2advisor.internal.json.ExplanationJson;

/**
 * Why an advice item is in a report: the chain of rule firings from the person's answers through
 * the findings to the item, in firing order, each with the rule that fired and the claims it
 * encodes. From {@link Advisor#explainWhy}.
 *
 * @param item the advice item
 * @param inReport whether the report holds it; when not, {@code steps} is empty and
 *     {@link Advisor#explainWhyNot} says why
 * @param restsOn the answers the chain rests on, as facts ("Answer(goal = reverse)"); empty for an
 *     item that every report holds
 * @param steps the firings that led to it, in firing order
 * @param claims the claims those firings encode, each once, in the order they are first cited
 * @param totalFirings how many rules fired in the whole run, so a step's number has its context
 * @param disclaimer the pack's disclaimer
 * @param knowledgeBase which pack answered
 */
public record WhyExplanation(
        AdviceItem item,
        boolean inReport,
        List<String> restsOn,
        List<Step> steps,
        List<Claim> claims,
        int totalFirings,
        String disclaimer,
        KnowledgeBaseInfo knowledgeBase) {

    /**
     * One firing of the chain.
     *
     * @param firing what the firing matched and concluded, numbered as in the full trace
     * @param rule the rule that fired
     */
    public record Step(TraceStep firing, RuleInfo rule) {
        /**
         * Checks that both parts are present.
         *
         * @param firing what the firing matched and concluded, numbered as in the full trace
         * @param rule the rule that fired
         */
        public Step {
            requireNonNull(firing, "firing");
            requireNonNull(rule, "rule");
        }
    }

    /**
     * Checks the parts and copies the lists.
     *
     * @param item the advice item
     * @param inReport whether the report holds it
     * @param restsOn the answers the chain rests on, as facts
     * @param steps the firings that led to it, in firing order
     * @param claims the claims those firings encode
     * @param totalFirings how many rules fired in the whole run
     * @param disclaimer the pack's disclaimer
     * @param knowledgeBase which pack answered
     */
    public WhyExplanation {
        requireNonNull(item, "item");
        requireNonNull(disclaimer, "disclaimer");
        requireNonNull(knowledgeBase, "knowledgeBase");
        restsOn = List.copyOf(restsOn);
        steps = List.copyOf(steps);
        claims = List.copyOf(claims);
    }

    /**
     * The explanation as JSON, in the shape the JSON Schema {@code why.schema.json} describes.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ExplanationJson.why(this);
    }
}
