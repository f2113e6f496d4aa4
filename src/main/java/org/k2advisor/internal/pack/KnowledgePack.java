package org.k2advisor.internal.pack;

import java.util.List;
import java.util.Map;

import org.k2advisor.Claim;
import org.k2advisor.KnowledgeBaseInfo;
import org.k2advisor.Question;
import org.k2advisor.Source;

/**
 * Everything a pack holds once read and cross-checked: the questionnaire (with the words that say
 * each answer back, and the older spellings answers may arrive in), the advice catalogue in report
 * order with the passages its items share, the claims and sources from seeds/, and the DRL texts;
 * also the text that failed the safety checks, when the pack was loaded anyway (else empty).
 */
public record KnowledgePack(
        KnowledgeBaseInfo info,
        String title,
        String disclaimer,
        List<Question> questions,
        Map<String, Map<String, String>> reasons,
        Map<String, Map<String, String>> aliases,
        List<CatalogueEntry> catalogue,
        Map<String, Passage> passages,
        List<Claim> claims,
        Map<String, Source> sources,
        List<RuleFile> ruleFiles,
        List<PackProblem> unsafeText) {

    /** One DRL file of the pack: its name in pack.json, how to cite it in errors, and its text. */
    public record RuleFile(String name, String location, String text) {}

    public KnowledgePack {
        questions = List.copyOf(questions);
        reasons = Map.copyOf(reasons);
        aliases = Map.copyOf(aliases);
        catalogue = List.copyOf(catalogue);
        passages = Map.copyOf(passages);
        claims = List.copyOf(claims);
        sources = Map.copyOf(sources);
        ruleFiles = List.copyOf(ruleFiles);
        unsafeText = List.copyOf(unsafeText);
    }

    /** What every report from this pack says first: one sentence per unsafe text it was loaded with. */
    public List<String> warnings() {
        return unsafeText.stream().map(problem -> "This knowledge pack was loaded although its text failed the safety "
                + "checks: " + problem).toList();
    }

    public boolean hasClaim(String id) {
        return claims.stream().anyMatch(c -> c.id().equals(id));
    }

    /** Checks answers against this pack's questionnaire, older spellings included. */
    public org.k2advisor.internal.answers.AnswerNormalizer normalizer() {
        return new org.k2advisor.internal.answers.AnswerNormalizer(questions, aliases);
    }

    public CatalogueEntry entry(String adviceId) {
        return catalogue.stream().filter(e -> e.id().equals(adviceId)).findFirst().orElse(null);
    }
}
