package org.k2advisor;

import java.util.List;

import org.k2advisor.internal.explain.ReasoningGraph;
import org.k2advisor.internal.render.DotDiagram;
import org.k2advisor.internal.render.MarkdownReport;
import org.k2advisor.internal.render.MermaidDiagram;
import org.k2advisor.internal.render.TextReport;
import org.k2advisor.internal.render.WhatIfText;
import org.k2advisor.internal.render.WhyMarkdown;
import org.k2advisor.internal.render.WhyNotMarkdown;
import org.k2advisor.internal.render.WhyNotText;
import org.k2advisor.internal.render.WhyText;

/**
 * The renderings every front end shares: reports and explanations as text wrapped to a given
 * width, as Markdown handouts, and the reasoning as Mermaid or Graphviz DOT diagrams. The command
 * line prints exactly these, so what one front end shows another can show too.
 *
 * <pre>{@code
 * Report report = advisor.advise(answers);
 * String forATerminal = Render.text(report, 80);
 * String handout = Render.markdown(report, advisor.questions());
 * }</pre>
 */
public final class Render {
    /** Narrower than this, labels and sentences no longer read well (a phone held upright is about 40). */
    public static final int MIN_WIDTH = 40;

    private Render() {}

    /**
     * A report for a person: most urgent first, each item with why it is there, how sure the
     * evidence is, what it does not mean and its sources, then the disclaimer.
     *
     * @param report the report
     * @param width the column to wrap at, at least {@link #MIN_WIDTH}
     * @return the text
     */
    public static String text(Report report, int width) {
        return TextReport.render(report, false, checked(width));
    }

    /**
     * As {@link #text(Report, int)}, followed by the reasoning: every rule firing in order.
     *
     * @param report the report, with its trace
     * @param width the column to wrap at, at least {@link #MIN_WIDTH}
     * @return the text
     */
    public static String textWithTrace(Report report, int width) {
        return TextReport.render(report, true, checked(width));
    }

    /**
     * A handout: the advice first, then the person's answers in words, then the references once.
     *
     * @param report the report
     * @param questions the questionnaire (see {@link Advisor#questions()}), to word the answers
     * @return the Markdown
     */
    public static String markdown(Report report, List<Question> questions) {
        return MarkdownReport.render(report, questions, false);
    }

    /**
     * As {@link #markdown(Report, List)}, followed by the reasoning as a table.
     *
     * @param report the report, with its trace
     * @param questions the questionnaire, to word the answers
     * @return the Markdown
     */
    public static String markdownWithTrace(Report report, List<Question> questions) {
        return MarkdownReport.render(report, questions, true);
    }

    /**
     * The reasoning of a report as a Mermaid flowchart: answers, findings and advice as nodes, each
     * firing as edges labelled with its rule.
     *
     * @param report the report, with its trace
     * @return the diagram source
     */
    public static String mermaid(Report report) {
        return MermaidDiagram.render(ReasoningGraph.of(report.trace()));
    }

    /**
     * As {@link #mermaid(Report)}, in Graphviz DOT.
     *
     * @param report the report, with its trace
     * @return the diagram source
     */
    public static String dot(Report report) {
        return DotDiagram.render(ReasoningGraph.of(report.trace()));
    }

    /**
     * Why an item is in a report, firing by firing, for a terminal.
     *
     * @param why the explanation
     * @param width the column to wrap at, at least {@link #MIN_WIDTH}
     * @return the text
     */
    public static String text(WhyExplanation why, int width) {
        return WhyText.render(why, checked(width));
    }

    /**
     * Why an item is in a report, as a handout with a diagram.
     *
     * @param why the explanation
     * @return the Markdown
     */
    public static String markdown(WhyExplanation why) {
        return WhyMarkdown.render(why);
    }

    /**
     * The chain from the answers to the item as a Mermaid flowchart.
     *
     * @param why the explanation
     * @return the diagram source
     */
    public static String mermaid(WhyExplanation why) {
        return MermaidDiagram.render(ReasoningGraph.of(why.steps().stream().map(WhyExplanation.Step::firing).toList()));
    }

    /**
     * The chain from the answers to the item in Graphviz DOT.
     *
     * @param why the explanation
     * @return the diagram source
     */
    public static String dot(WhyExplanation why) {
        return DotDiagram.render(ReasoningGraph.of(why.steps().stream().map(WhyExplanation.Step::firing).toList()));
    }

    /**
     * Why an item is not in a report, rule by rule and condition by condition, for a terminal.
     *
     * @param whyNot the explanation
     * @param width the column to wrap at, at least {@link #MIN_WIDTH}
     * @return the text
     */
    public static String text(WhyNotExplanation whyNot, int width) {
        return WhyNotText.render(whyNot, checked(width));
    }

    /**
     * Why an item is not in a report, as a handout.
     *
     * @param whyNot the explanation
     * @return the Markdown
     */
    public static String markdown(WhyNotExplanation whyNot) {
        return WhyNotMarkdown.render(whyNot);
    }

    /**
     * Two reports compared, for a terminal.
     *
     * @param diff the comparison
     * @param width the column to wrap at, at least {@link #MIN_WIDTH}
     * @return the text
     */
    public static String text(WhatIfDiff diff, int width) {
        return WhatIfText.render(diff, checked(width));
    }

    /**
     * Two reports compared, as tables.
     *
     * @param diff the comparison
     * @return the Markdown
     */
    public static String markdown(WhatIfDiff diff) {
        return WhatIfText.markdown(diff);
    }

    private static int checked(int width) {
        if (width < MIN_WIDTH) {
            throw new IllegalArgumentException("width " + width + " is too narrow: at least " + MIN_WIDTH + " columns");
        }
        return width;
    }
}
