package org.k2advisor.internal.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.k2advisor.internal.pack.PackProblem;
import org.k2advisor.internal.pack.ReadableTexts;
import org.k2advisor.internal.pack.ReadableTexts.Owner;
import org.k2advisor.internal.text.Readability;

/**
 * Is each advice item, and each question, written for a reader at US grade 8 or below? Graded as
 * a person meets them: an item's summary, detail, caveat and certainty statement together, a
 * question's text and help together, so one long sentence is weighed against the rest.
 */
final class ReadingLevel {
    static final double HIGHEST_GRADE = 8;

    private ReadingLevel() {}

    static List<PackProblem> problems(List<ReadableTexts.Text> texts) {
        Map<String, List<ReadableTexts.Text>> read = new LinkedHashMap<>();
        for (ReadableTexts.Text text : texts) {
            if (text.owner() == Owner.ADVICE || text.owner() == Owner.QUESTION) {
                read.computeIfAbsent(text.owner() + " " + text.id(), key -> new ArrayList<>()).add(text);
            }
        }
        List<PackProblem> problems = new ArrayList<>();
        for (List<ReadableTexts.Text> together : read.values()) {
            double grade = Readability.grade(together.stream().map(ReadableTexts.Text::text).collect(Collectors.joining(" ")));
            if (grade > HIGHEST_GRADE) {
                ReadableTexts.Text first = together.get(0);
                problems.add(new PackProblem(first.file(), first.line(), String.format(Locale.ROOT,
                        "%s \"%s\" reads at US grade %.1f (%s together); shorter sentences and plainer words bring it to 8 or below",
                        first.owner().name().toLowerCase(Locale.ROOT), first.id(), grade, words(together))));
            }
        }
        return problems;
    }

    /** "summary, detail, caveat and certainty statement", "text and help". */
    private static String words(List<ReadableTexts.Text> texts) {
        List<String> fields = texts.stream().map(ReadableTexts.Text::field).toList();
        return fields.size() == 1 ? fields.get(0)
                : String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.get(fields.size() - 1);
    }
}
