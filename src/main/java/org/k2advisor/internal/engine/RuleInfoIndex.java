package org.k2advisor.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.k2advisor.KnowledgePackException;
import org.k2advisor.RuleInfo;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The rules of a compiled pack with their @claims and @explain metadata, checked once at load by
 * {@link RuleMetadataCheck}: a rule that cites no claim, or a claim the seeds do not hold, stops
 * the pack from loading.
 */
final class RuleInfoIndex {
    private static final Pattern RULE_HEADER = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    /** A rule ends at the first line holding only "end"; our packs and Drools' own style write it so. */
    private static final Pattern RULE_END = Pattern.compile("(?m)^\\s*end\\s*$");

    record Entry(RuleInfo info, List<String> claims) {}

    private RuleInfoIndex() {}

    static Map<String, Entry> build(KieBase kieBase, KnowledgePack pack) {
        Map<String, Location> locations = locate(pack);
        List<Entry> entries = new ArrayList<>();
        List<PackProblem> problems = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Location at = locations.getOrDefault(rule.getName(), new Location("rules", 0, ""));
                String claimsText = metadata(rule, "claims");
                String explainText = metadata(rule, "explain");
                problems.addAll(RuleMetadataCheck.problems(rule.getName(), at.file(), at.line(), claimsText, explainText, pack));
                List<String> claims = RuleMetadataCheck.claimIds(claimsText);
                entries.add(new Entry(new RuleInfo(rule.getName(), at.file(), at.line(), claims,
                        RuleMetadataCheck.unquote(explainText), at.source()), claims));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            int others = problems.size() - 1;
            throw new KnowledgePackException(problems.get(0) + (others == 0 ? ""
                    : " (and " + others + " more; `k2advisor rules check` lists them all)"));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.info().file()).thenComparingInt(e -> e.info().line()));
        Map<String, Entry> byName = new LinkedHashMap<>();
        entries.forEach(e -> byName.put(e.info().name(), e));
        return byName;
    }

    private record Location(String file, int line, String source) {}

    private static Map<String, Location> locate(KnowledgePack pack) {
        Map<String, Location> locations = new LinkedHashMap<>();
        for (KnowledgePack.RuleFile file : pack.ruleFiles()) {
            Matcher header = RULE_HEADER.matcher(file.text());
            while (header.find()) {
                int line = (int) file.text().substring(0, header.start(1)).chars().filter(c -> c == '\n').count() + 1;
                Matcher end = RULE_END.matcher(file.text());
                int to = end.find(header.end()) ? end.end() : file.text().length();
                String source = file.text().substring(file.text().lastIndexOf('\n', header.start(1)) + 1, to).strip();
                locations.putIfAbsent(header.group(1), new Location(file.location(), line, source));
            }
        }
        return locations;
    }

    private static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? "" : value.toString();
    }
}
