package org.k2advisor.internal.pack;

import java.util.List;
import java.util.Map;

import org.k2advisor.AdviceItem;
import org.k2advisor.Claim;
import org.k2advisor.KnowledgeBaseInfo;
import org.k2advisor.Question;
import org.k2advisor.Source;

/**
 * Everything a pack holds once read and cross-checked: the questionnaire, the advice catalogue
 * in report order (indicator, then rank), the claims and sources from seeds/, and the DRL texts.
 */
public record KnowledgePack(
        KnowledgeBaseInfo info,
        String title,
        String disclaimer,
        List<Question> questions,
        List<AdviceItem> catalogue,
        List<Claim> claims,
        Map<String, Source> sources,
        List<RuleFile> ruleFiles) {

    /** One DRL file of the pack: its name in pack.json, how to cite it in errors, and its text. */
    public record RuleFile(String name, String location, String text) {}

    public KnowledgePack {
        questions = List.copyOf(questions);
        catalogue = List.copyOf(catalogue);
        claims = List.copyOf(claims);
        sources = Map.copyOf(sources);
        ruleFiles = List.copyOf(ruleFiles);
    }

    public boolean hasClaim(String id) {
        return claims.stream().anyMatch(c -> c.id().equals(id));
    }
}
