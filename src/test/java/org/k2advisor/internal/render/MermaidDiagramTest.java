package org.k2advisor.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.explain.ReasoningGraph;

/**
 * The Mermaid we write must parse as a flowchart whatever the facts say. This checks the grammar
 * we rely on, line by line: declared ids of letters, digits and underscores only, every label
 * quoted with no raw quote inside, and every edge between declared nodes. (The golden outputs
 * were also fed to Mermaid's own parser, mermaid.parse, during development.)
 */
class MermaidDiagramTest {
    private static final Pattern NODE = Pattern.compile(
            "^    ([A-Za-z][A-Za-z0-9_]*)(\\(\\[\"[^\"]*\"\\]\\)|\\[\\[\"[^\"]*\"\\]\\]|\\(\\(\"[^\"]*\"\\)\\)|\\[\"[^\"]*\"\\])$");
    private static final Pattern EDGE = Pattern.compile("^    ([A-Za-z0-9_]+) -->\\|\"[^\"]*\"\\| ([A-Za-z0-9_]+)$");
    private static final Pattern STYLE = Pattern.compile("^    (classDef \\w+ [^\\s]+|class [A-Za-z0-9_,]+ \\w+)$");
    private static final Set<String> RESERVED = Set.of("end", "graph", "subgraph", "flowchart", "style", "class", "click");

    @Test
    void whenFactsHoldQuotesBracketsAndReservedWords_thenEveryLineFollowsFlowchartGrammar() {
        ReasoningGraph graph = ReasoningGraph.of(List.of(
                new TraceStep(1, "rule \"quoted\" <x>", List.of(), List.of("Answer(end = \"a|b\")"),
                        List.of("Finding(k: [v] & <w>)"), List.of(), List.of()),
                new TraceStep(2, "always", List.of(), List.of(), List.of("Advice(end)"), List.of(), List.of())));

        List<String> lines = MermaidDiagram.render(graph).lines().toList();

        assertEquals("flowchart LR", lines.get(0));
        Set<String> declared = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            Matcher node = NODE.matcher(line);
            Matcher edge = EDGE.matcher(line);
            if (node.matches()) {
                assertTrue(!RESERVED.contains(node.group(1)) && declared.add(node.group(1)), line);
            } else if (edge.matches()) {
                assertTrue(declared.contains(edge.group(1)) && declared.contains(edge.group(2)), line);
            } else {
                assertTrue(STYLE.matcher(line).matches(), "not flowchart syntax: " + line);
            }
        }
        assertTrue(lines.contains("    answer_end_a_b([\"end = #quot;a|b#quot;\"])"), lines.toString());
        assertTrue(lines.contains("    finding_k_v_w[\"k: [v] #amp; #lt;w#gt;\"]"), lines.toString());
    }
}
