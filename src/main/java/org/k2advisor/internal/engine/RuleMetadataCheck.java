package org.k2advisor.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;

/**
 * The one place that decides whether a rule's metadata is sound: it must name the claims it
 * encodes (@claims), each of which the seeds must hold, and say why it exists (@explain).
 * Loading a pack stops at the first problem; `rules check` reports them all. Both call this.
 */
public final class RuleMetadataCheck {
    private RuleMetadataCheck() {}

    /** Every problem with one rule's metadata; empty when the rule may load. */
    public static List<PackProblem> problems(String rule, String file, int line,
            String claimsText, String explainText, KnowledgePack pack) {
        List<PackProblem> problems = new ArrayList<>();
        String subject = "rule \"" + rule + "\"";
        List<String> claims = claimIds(claimsText);
        if (claims.isEmpty()) {
            problems.add(new PackProblem(file, line, subject + " has no @claims(\"...\") metadata naming the claims it encodes"));
        }
        for (String claim : claims) {
            if (!pack.hasClaim(claim)) {
                problems.add(new PackProblem(file, line, subject + " cites unknown claim " + claim
                        + " (claims are listed by `k2advisor claims`)"));
            }
        }
        if (unquote(explainText).isBlank()) {
            problems.add(new PackProblem(file, line, subject + " has no @explain(\"...\") metadata saying why it exists"));
        }
        return problems;
    }

    /** The claim ids in an @claims value, which separates them with spaces or commas. */
    public static List<String> claimIds(String claimsText) {
        String text = unquote(claimsText);
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("[\\s,]+"));
    }

    /** Metadata values arrive with or without their quotes depending on the build path. */
    public static String unquote(String value) {
        if (value == null) {
            return "";
        }
        String text = value.strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
