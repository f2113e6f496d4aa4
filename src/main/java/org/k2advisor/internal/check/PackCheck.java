package org.k2advisor.internal.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.AdviceItem;
import org.k2advisor.Claim;
import org.k2advisor.internal.drl.DrlParserCheck;
import org.k2advisor.internal.drl.DrlRules;
import org.k2advisor.internal.drl.RuleSource;
import org.k2advisor.internal.engine.RuleEngine;
import org.k2advisor.internal.engine.RuleMetadataCheck;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;
import org.k2advisor.internal.pack.PackReader;
import org.k2advisor.internal.pack.RawFile;
import org.k2advisor.internal.pack.ReadableTexts;

/**
 * Everything `k2advisor rules check` finds wrong with a pack, each with its file and line: the
 * problems the pack reader reads past (the very checks that stop a pack loading: a question
 * defined twice, min above max, no questions, a .drl file pack.json does not list, text that
 * fails the safety checks), text above US grade 8, DRL errors, rule metadata problems (also a
 * loading check), rules sharing a name, rules reading an answer no question defines or a value it
 * never has, claims no rule encodes, advice no rule can conclude, questions no rule reads. The
 * rules are read from their DRL text, so the checks work even when it does not compile.
 */
public final class PackCheck {
    private PackCheck() {}

    /** The JSON files of the pack as text, so that findings about them can name a line. */
    private record Texts(RawFile manifest, RawFile questionnaire, RawFile advice, RawFile claims) {}

    /**
     * The findings in file and line order. When a DRL file does not even parse, some rules are
     * missing from view, so the checks that need every rule are skipped rather than misreport.
     * When the pack could not be read at all, {@code pack} is null, {@code unreadable} says why,
     * and the findings are those met before that.
     */
    public record Result(List<PackProblem> problems, boolean crossChecksSkipped, KnowledgePack pack, String unreadable) {}

    /** Checks the pack in {@code rulesDir}, or the built-in pack when it is null. */
    public static Result run(Path rulesDir) {
        PackReader.Checked read = PackReader.check(rulesDir);
        if (read.pack() == null) {
            return new Result(read.problems(), true, null, read.unreadable());
        }
        return run(read, new Texts(PackReader.rawFile(rulesDir, "pack.json"),
                PackReader.rawFile(rulesDir, "questionnaire.json"), PackReader.rawFile(rulesDir, "advice.json"),
                PackReader.rawSeedFile("claims.json")));
    }

    private static Result run(PackReader.Checked read, Texts texts) {
        KnowledgePack pack = read.pack();
        List<PackProblem> problems = new ArrayList<>(read.problems());
        DrlParserCheck.require();
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
        problems.addAll(AnswerReads.problems(pack, drl));
        problems.addAll(ReadingLevel.problems(ReadableTexts.of(texts.manifest(), texts.questionnaire(), texts.advice())));
        boolean complete = drl.problems().isEmpty();
        if (complete) {
            problems.addAll(unencodedClaims(pack, drl, texts.claims()));
            problems.addAll(AdviceReach.problems(pack, drl, texts.advice()));
            problems.addAll(QuestionReach.problems(pack, drl, texts.questionnaire()));
        }
        problems.sort(null);
        return new Result(problems, !complete, pack, null);
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
