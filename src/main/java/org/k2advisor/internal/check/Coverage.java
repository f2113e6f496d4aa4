package org.k2advisor.internal.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.k2advisor.AdviceItem;
import org.k2advisor.Claim;
import org.k2advisor.Report;
import org.k2advisor.RuleInfo;
import org.k2advisor.TraceStep;

/**
 * Which rules, claims and advice items a set of scenarios exercises: a rule when it fires in at
 * least one scenario, a claim when a rule encoding it fires, an advice item when it appears in a
 * report. Everything is listed in pack order, so the result reads the same every time.
 */
public final class Coverage {
    /** One rule, claim or advice item and the scenarios (by name) that exercised it. */
    public record Use(String id, String detail, List<String> scenarios) {
        public boolean exercised() {
            return !scenarios.isEmpty();
        }
    }

    private final List<String> scenarioNames = new ArrayList<>();
    private final Map<String, TreeSet<String>> ruleUses = new LinkedHashMap<>();
    private final Map<String, TreeSet<String>> adviceUses = new LinkedHashMap<>();
    private final List<RuleInfo> rules;
    private final List<Claim> claims;
    private final List<AdviceItem> catalogue;

    public Coverage(List<RuleInfo> rules, List<Claim> claims, List<AdviceItem> catalogue) {
        this.rules = List.copyOf(rules);
        this.claims = List.copyOf(claims);
        this.catalogue = List.copyOf(catalogue);
        rules.forEach(rule -> ruleUses.put(rule.name(), new TreeSet<>()));
        catalogue.forEach(item -> adviceUses.put(item.id(), new TreeSet<>()));
    }

    /** Records one scenario's report (with its trace). */
    public void add(String scenario, Report report) {
        scenarioNames.add(scenario);
        for (TraceStep step : report.trace()) {
            ruleUses.computeIfAbsent(step.rule(), r -> new TreeSet<>()).add(scenario);
        }
        for (AdviceItem item : report.advice()) {
            adviceUses.computeIfAbsent(item.id(), id -> new TreeSet<>()).add(scenario);
        }
    }

    public List<String> scenarios() {
        return List.copyOf(scenarioNames);
    }

    public List<Use> rules() {
        return rules.stream().map(rule -> new Use(rule.name(), rule.file() + ":" + rule.line(),
                List.copyOf(ruleUses.get(rule.name())))).toList();
    }

    /** Claims in seed order; detail says "explanatory" for a claim no rule encodes by design. */
    public List<Use> claims() {
        List<Use> uses = new ArrayList<>();
        for (Claim claim : claims) {
            TreeSet<String> by = new TreeSet<>();
            for (RuleInfo rule : rules) {
                if (rule.claims().contains(claim.id())) {
                    by.addAll(ruleUses.get(rule.name()));
                }
            }
            uses.add(new Use(claim.id(), claim.explanatory() == null ? "" : "explanatory", List.copyOf(by)));
        }
        return uses;
    }

    public List<Use> advice() {
        return catalogue.stream().map(item -> new Use(item.id(), item.indicator().label(),
                List.copyOf(adviceUses.get(item.id())))).toList();
    }
}
