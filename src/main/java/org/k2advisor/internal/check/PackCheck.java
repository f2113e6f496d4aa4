package org.k2advisor.internal.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.AdviceItem;
import org.k2advisor.Claim;
import org.k2advisor.internal.drl.DrlRules;
import org.k2advisor.internal.drl.RuleSource;
import org.k2advisor.internal.engine.RuleEngine;
import org.k2advisor.internal.engine.RuleMetadataCheck;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;
import org.k2advisor.internal.pack.RawFile;

/**
 * Everything `k2advisor rules check` finds wrong with a pack that could be read, each with its
 * file and line: DRL errors, rule metadata problems (the same check that stops a pack loading),
 * rules sharing a name, claims no rule encodes, advice no rule can conclude, questions no rule
 * reads. The rules are read from their DRL text, so the checks work even when it does not compile.
 */
public final class PackCheck {
    private PackCheck() {}

    /** The JSON files of the pack as text, so that findings about them can name a line. */
    public record Texts(RawFile questionnaire, RawFile advice, RawFile claims) {}

    /**
     * The findings in file and line order. When a DRL file does not even parse, some rules are
     * missing from view, so the checks that need every rule are skipped rather than misreport.
     */
    public record Result(List<PackProblem> problems, boolean crossChecksSkipped) {}

    public static Result run(KnowledgePack pack, Texts texts) {
        List<PackProblem> problems = new ArrayList<>();
        DrlRules drl = DrlRules.parse(pack);
        // Duplicate names are reported below with both places, which Drools' message lacks.
        List<PackProblem> errors = RuleEngine.compileErrors(pack).stream()
                .filter(e -> !e.message().startsWith("Duplicate rule name")).toList();
        problems.addAll(errors.isEmpty() ? drl.problems() : errors);
        for (RuleSource rule : drl.rules()) {
            problems.addAll(RuleMetadataCheck.problems(rule.name(), rule.file(), rule.line(),
                    rule.claimsText(), rule.explainText(), pack));
        }
        problems.addAll(duplicates(drl));
        boolean complete = drl.problems().isEmpty();
        if (complete) {
            problems.addAll(unencodedClaims(pack, drl, texts.claims()));
            problems.addAll(AdviceReach.problems(pack, drl, texts.advice()));
            problems.addAll(QuestionReach.problems(pack, drl, texts.questionnaire()));
        }
        problems.sort(null);
        return new Result(problems, !complete);
    }

    private static List<PackProblem> duplicates(DrlRules drl) {
        List<PackProblem> problems = new ArrayList<>();
        Map<String, RuleSource> first = new HashMap<>();
        for (RuleSource rule : drl.rules()) {
            RuleSource earlier = first.putIfAbsent(rule.name(), rule);
            if (earlier != null) {
                problems.add(new PackProblem(rule.file(), rule.line(), "rule \"" + rule.name()
                        + "\" has the same name as the rule at " + earlier.location() + " (rule names must be unique)"));
            }
        }
        return problems;
    }

    private static List<PackProblem> unencodedClaims(KnowledgePack pack, DrlRules drl, RawFile claimsFile) {
        List<String> encoded = drl.rules().stream()
                .flatMap(rule -> RuleMetadataCheck.claimIds(rule.claimsText()).stream()).toList();
        List<PackProblem> problems = new ArrayList<>();
        for (Claim claim : pack.claims()) {
            if (claim.explanatory() == null && !encoded.contains(claim.id())) {
                problems.add(new PackProblem(claimsFile.location(), claimsFile.lineOfId(claim.id()), "claim " + claim.id()
                        + " is encoded by no rule (cite it in a rule's @claims, or give it an \"explanatory\" reason)"));
            }
        }
        return problems;
    }

    /** The advice ids in catalogue order, for the reach checks. */
    static List<String> adviceIds(KnowledgePack pack) {
        return pack.catalogue().stream().map(org.k2advisor.internal.pack.CatalogueEntry::id).toList();
    }
}
