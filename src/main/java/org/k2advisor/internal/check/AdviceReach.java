package org.k2advisor.internal.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.k2advisor.internal.drl.Conclusion;
import org.k2advisor.internal.drl.DrlRules;
import org.k2advisor.internal.drl.RuleSource;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;
import org.k2advisor.internal.pack.RawFile;

/**
 * Do rules and catalogue meet? An advice item no rule concludes can never reach a report, and a
 * rule concluding an id the catalogue lacks fails at run time. A rule that inserts
 * {@code new Advice(<not a literal>)} could conclude anything, so then the first check is skipped.
 */
final class AdviceReach {
    private AdviceReach() {}

    static List<PackProblem> problems(KnowledgePack pack, DrlRules drl, RawFile adviceFile) {
        List<PackProblem> problems = new ArrayList<>();
        Set<Object> concluded = new LinkedHashSet<>();
        boolean open = false;
        List<String> catalogue = PackCheck.adviceIds(pack);
        for (RuleSource rule : drl.rules()) {
            for (Conclusion conclusion : rule.conclusions()) {
                if (!conclusion.type().equals("Advice")) {
                    continue;
                }
                Object id = conclusion.literalAt(0);
                if (id == null) {
                    open = true;
                } else if (concluded.add(id) && !catalogue.contains(id)) {
                    problems.add(new PackProblem(rule.file(), rule.line(), "rule \"" + rule.name() + "\" concludes advice \""
                            + id + "\", which " + adviceFile.location() + " does not define"));
                }
            }
        }
        if (!open) {
            for (String id : catalogue) {
                if (!concluded.contains(id)) {
                    problems.add(new PackProblem(adviceFile.location(), adviceFile.lineOfId(id),
                            "advice \"" + id + "\" is concluded by no rule, so no report can contain it"));
                }
            }
        }
        return problems;
    }
}
