package org.k2advisor.internal.render;

import java.util.List;
import java.util.Locale;

import org.k2advisor.internal.explain.ReasoningGraph;

/**
 * A reasoning graph as a Mermaid flowchart, left to right: answers (stadiums), findings
 * (boxes), advice (double boxes), each edge labelled with the rule that drew the conclusion.
 * Every label is quoted and escaped with Mermaid's entity codes, so facts containing quotes,
 * brackets or comparison signs cannot break the diagram.
 */
public final class MermaidDiagram {
    private MermaidDiagram() {}

    public static String render(ReasoningGraph graph) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (ReasoningGraph.Node node : graph.nodes()) {
            String label = quote(node.label());
            String shape = switch (node.kind()) {
                case ANSWER -> "([" + label + "])";
                case ADVICE -> "[[" + label + "]]";
                case START -> "((" + label + "))";
                default -> "[" + label + "]";
            };
            out.append("    ").append(node.id()).append(shape).append('\n');
        }
        for (ReasoningGraph.Edge edge : graph.edges()) {
            out.append("    ").append(edge.from().id()).append(" -->|").append(quote(edge.rule())).append("| ")
                    .append(edge.to().id()).append('\n');
        }
        out.append("    classDef answer fill:#e8f1fb,stroke:#3d6fa8\n");
        out.append("    classDef finding fill:#fdf5e3,stroke:#a8801f\n");
        out.append("    classDef advice fill:#e9f7ea,stroke:#2e7d32\n");
        for (ReasoningGraph.Kind kind : List.of(ReasoningGraph.Kind.ANSWER, ReasoningGraph.Kind.FINDING, ReasoningGraph.Kind.ADVICE)) {
            List<String> ids = graph.nodes().stream().filter(n -> n.kind() == kind).map(ReasoningGraph.Node::id).toList();
            if (!ids.isEmpty()) {
                out.append("    class ").append(String.join(",", ids)).append(' ')
                        .append(kind.name().toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        return out.toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;") + "\"";
    }
}
