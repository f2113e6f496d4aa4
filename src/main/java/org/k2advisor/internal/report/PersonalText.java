package org.k2advisor.internal.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.KnowledgePackException;
import org.k2advisor.internal.facts.Finding;
import org.k2advisor.internal.pack.CatalogueEntry;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.Passage;
import org.k2advisor.internal.text.Numbers;
import org.k2advisor.internal.text.Template;

/**
 * Fills the catalogue's placeholders for one report: the person's own numbers, the findings the
 * rules drew, and shared passages told once, referred to once, and then left out. One instance per report, used in
 * report order, because which mention of a passage comes first depends on the items before it.
 */
final class PersonalText {
    private final KnowledgePack pack;
    private final Map<String, Object> answers;
    private final List<Object> facts;
    /** How often each passage was used so far in this report. */
    private final Map<String, Integer> told = new HashMap<>();
    private final boolean generic;
    private CatalogueEntry filling;

    private PersonalText(KnowledgePack pack, Map<String, Object> answers, List<Object> facts, boolean generic) {
        this.pack = pack;
        this.answers = answers;
        this.facts = facts;
        this.generic = generic;
    }

    static PersonalText forPerson(KnowledgePack pack, Map<String, Object> answers, List<Object> facts) {
        return new PersonalText(pack, answers, facts, false);
    }

    /** For the catalogue itself: placeholders are shown by name, and every passage in full. */
    static PersonalText generic(KnowledgePack pack) {
        return new PersonalText(pack, Map.of(), List.of(), true);
    }

    String fill(CatalogueEntry entry, Template template) {
        if (template.isPlain()) {
            return template.toString();
        }
        filling = entry;
        // A passage left out (its third use) leaves two spaces or a space before the end behind.
        return collapseSpaces(template.fill(context)).strip();
    }

    /**
     * Each run of two or more whitespace characters (as regex \\s counts them) as one space; the
     * regex this replaces was 6% of a call's time. Most texts have no such run and come back as they are.
     */
    static String collapseSpaces(String text) {
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            if (!isRegexSpace(text.charAt(i)) || i + 1 >= n || !isRegexSpace(text.charAt(i + 1))) {
                continue;
            }
            int end = i + 2;
            while (end < n && isRegexSpace(text.charAt(end))) {
                end++;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, i).append(' ');
            copied = end;
            i = end - 1;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private final Template.Context context = new Template.Context() {
        @Override
        public String answer(String questionId) {
            if (generic) {
                return "[" + questionId + "]";
            }
            Object value = required(questionId, "answer." + questionId);
            return value instanceof Number n ? Numbers.plain(n) : value.toString();
        }

        @Override
        public String finding(String kind) {
            if (generic) {
                return "[" + kind + "]";
            }
            for (Object fact : facts) {
                if (fact instanceof Finding f && f.getKind().equals(kind)) {
                    return f.getValue().replace('_', ' ');
                }
            }
            throw problem("finding." + kind, "no " + kind + " finding was concluded");
        }

        @Override
        public String compare(String questionId, double reference) {
            if (generic) {
                return "[" + questionId + " compared with " + Numbers.plain(reference) + "]";
            }
            Object value = required(questionId, "compare." + questionId);
            if (!(value instanceof Number n)) {
                throw problem("compare." + questionId, questionId + " is " + value + ", not a number");
            }
            return Numbers.comparedWith(n.doubleValue(), reference);
        }

        /** Told in full the first time, referred to the second, left out after that. */
        @Override
        public String passage(String name) {
            Passage passage = pack.passages().get(name);
            if (generic) {
                return passage.first();
            }
            int uses = told.merge(name, 1, Integer::sum);
            return uses == 1 ? passage.first() : uses == 2 ? passage.again() : "";
        }
    };

    private Object required(String questionId, String placeholder) {
        Object value = answers.get(questionId);
        if (value == null) {
            throw problem(placeholder, questionId + " was not answered");
        }
        return value;
    }

    /** A placeholder the rules gave no value for is a pack error: the rule should require it. */
    private KnowledgePackException problem(String placeholder, String why) {
        return new KnowledgePackException("advice.json: '" + filling.id() + "' uses {" + placeholder + "}, but " + why
                + "; the rules that conclude it must require it");
    }
}
