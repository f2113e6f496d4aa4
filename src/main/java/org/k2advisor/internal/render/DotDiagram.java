package org.k2advisor.internal.render;

import org.k2advisor.internal.explain.ReasoningGraph;

/** A reasoning graph in Graphviz DOT, left to right, for `dot -Tsvg` and the many tools that read DOT. */
public final class DotDiagram {
    private DotDiagram() {}

    public static String render(ReasoningGraph graph) {
        StringBuilder out = new StringBuilder("digraph reasoning {\n");
        out.append("    rankdir=LR;\n");
        out.append("    node [fontname=\"Helvetica\", fontsize=11];\n");
        out.append("    edge [fontname=\"Helvetica\", fontsize=9];\n");
        for (ReasoningGraph.Node node : graph.nodes()) {
            String style = switch (node.kind()) {
                case ANSWER -> "shape=box, style=\"rounded,filled\", fillcolor=\"#e8f1fb\"";
                case FINDING -> "shape=box, style=filled, fillcolor=\"#fdf5e3\"";
                case ADVICE -> "shape=box, peripheries=2, style=filled, fillcolor=\"#e9f7ea\"";
                case START -> "shape=circle";
                case OTHER -> "shape=box";
            };
            out.append("    ").append(node.id()).append(" [label=").append(quote(node.label())).append(", ")
                    .append(style).append("];\n");
        }
        for (ReasoningGraph.Edge edge : graph.edges()) {
            out.append("    ").append(edge.from().id()).append(" -> ").append(edge.to().id())
                    .append(" [label=").append(quote(edge.rule())).append("];\n");
        }
        return out.append("}\n").toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
