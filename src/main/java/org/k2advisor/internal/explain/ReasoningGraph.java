package org.k2advisor.internal.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.k2advisor.TraceStep;

/**
 * A trace as a graph for diagrams: one node per fact (answers, findings, advice), one edge from
 * each fact a firing matched to each fact it concluded, labelled with the rule. A rule with no
 * conditions gets its edge from a single "no conditions" node, so every conclusion has a source.
 * Node ids are letters, digits and underscores, prefixed by kind, so no diagram syntax can trip
 * on them (Mermaid, for one, reserves words such as "end").
 */
public final class ReasoningGraph {
    public enum Kind { ANSWER, FINDING, ADVICE, OTHER, START }

    public record Node(String id, Kind kind, String label) {}

    public record Edge(Node from, Node to, String rule) {}

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Set<Edge> edges = new LinkedHashSet<>();
    private final Set<String> usedIds = new LinkedHashSet<>();

    private ReasoningGraph() {}

    /** The graph of these firings, nodes and edges in firing order. */
    public static ReasoningGraph of(List<TraceStep> steps) {
        ReasoningGraph graph = new ReasoningGraph();
        for (TraceStep step : steps) {
            List<Node> sources = new ArrayList<>();
            step.matched().forEach(fact -> sources.add(graph.node(fact)));
            if (sources.isEmpty()) {
                sources.add(graph.node(null));
            }
            for (String fact : step.inserted()) {
                Node target = graph.node(fact);
                sources.forEach(source -> graph.edges.add(new Edge(source, target, step.rule())));
            }
        }
        return graph;
    }

    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<Edge> edges() {
        return List.copyOf(edges);
    }

    private Node node(String fact) {
        String key = fact == null ? "" : fact;
        return nodes.computeIfAbsent(key, k -> create(fact));
    }

    private Node create(String fact) {
        if (fact == null) {
            return new Node(uniqueId("start"), Kind.START, "no conditions");
        }
        int open = fact.indexOf('(');
        String type = open > 0 && fact.endsWith(")") ? fact.substring(0, open) : "";
        String inner = open > 0 && fact.endsWith(")") ? fact.substring(open + 1, fact.length() - 1) : fact;
        Kind kind = switch (type) {
            case "Answer" -> Kind.ANSWER;
            case "Finding" -> Kind.FINDING;
            case "Advice" -> Kind.ADVICE;
            default -> Kind.OTHER;
        };
        String prefix = kind == Kind.OTHER ? "fact" : kind.name().toLowerCase(Locale.ROOT);
        return new Node(uniqueId(prefix + "_" + inner), kind, kind == Kind.OTHER ? fact : inner);
    }

    private String uniqueId(String wanted) {
        String base = wanted.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", "");
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "_" + n;
        }
        return id;
    }
}
