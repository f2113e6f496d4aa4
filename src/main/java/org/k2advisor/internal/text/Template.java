package org.k2advisor.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catalogue text with a few placeholders filled in for one person, parsed once when the pack loads:
 * <ul>
 * <li>{@code {answer.ID}}: the person's answer, such as "250";</li>
 * <li>{@code {finding.KIND}}: the value of a finding the rules concluded, such as "moderate";</li>
 * <li>{@code {compare.ID.N}}: the answer measured against N, such as "about 14 times" (used as
 *     "about 14 times the 720 µg a day ...");</li>
 * <li>{@code {passage.NAME}}: a shared passage, told in full the first time a report uses it and
 *     referred to after that, so a report does not repeat itself.</li>
 * </ul>
 * Anything else between braces is an error when the pack loads, not a surprise in a report.
 */
public final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** What a placeholder asks for. */
    public enum Kind { ANSWER, FINDING, COMPARE, PASSAGE }

    /** One placeholder: its kind, the name it refers to and, for COMPARE, the number to compare with. */
    public record Placeholder(Kind kind, String name, double reference) {}

    /** Fills placeholders for one report. */
    public interface Context {
        String answer(String questionId);

        String finding(String kind);

        String compare(String questionId, double reference);

        String passage(String name);
    }

    private final String source;
    private final List<Object> parts;
    /** Known at parse time, and asked for every item of every report. */
    private final boolean plain;

    private Template(String source, List<Object> parts) {
        this.source = source;
        this.parts = parts;
        this.plain = parts.stream().allMatch(p -> p instanceof String);
    }

    /**
     * Parses catalogue text.
     *
     * @throws IllegalArgumentException naming the first placeholder that is not understood
     */
    public static Template parse(String text) {
        List<Object> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            parts.add(text.substring(at, m.start()));
            parts.add(placeholder(m.group(1)));
            at = m.end();
        }
        String rest = text.substring(at);
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0 || parts.stream().anyMatch(p -> p instanceof String s
                && (s.indexOf('{') >= 0 || s.indexOf('}') >= 0))) {
            throw new IllegalArgumentException("unbalanced { or } in \"" + text + "\"");
        }
        parts.add(rest);
        parts.removeIf(p -> p instanceof String s && s.isEmpty());
        return new Template(text, List.copyOf(parts));
    }

    private static Placeholder placeholder(String inside) {
        String[] bits = inside.split("\\.", -1);
        Kind kind = switch (bits[0]) {
            case "answer" -> Kind.ANSWER;
            case "finding" -> Kind.FINDING;
            case "compare" -> Kind.COMPARE;
            case "passage" -> Kind.PASSAGE;
            default -> throw new IllegalArgumentException("unknown placeholder {" + inside
                    + "}: expected answer.ID, finding.KIND, compare.ID.NUMBER or passage.NAME");
        };
        int expected = kind == Kind.COMPARE ? 3 : 2;
        if (bits.length != expected || !NAME.matcher(bits[1]).matches()) {
            throw new IllegalArgumentException("malformed placeholder {" + inside + "}");
        }
        double reference = 0;
        if (kind == Kind.COMPARE) {
            try {
                reference = Double.parseDouble(bits[2]);
            } catch (NumberFormatException e) {
                reference = -1;
            }
            if (!(reference > 0)) {
                throw new IllegalArgumentException("{" + inside + "}: compare needs a positive number to compare with");
            }
        }
        return new Placeholder(kind, bits[1], reference);
    }

    /** True when there is nothing to fill in, so the text can be used as it is. */
    public boolean isPlain() {
        return plain;
    }

    public List<Placeholder> placeholders() {
        return parts.stream().filter(p -> p instanceof Placeholder).map(p -> (Placeholder) p).toList();
    }

    public String fill(Context context) {
        if (isPlain()) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length() + 32);
        for (Object part : parts) {
            if (part instanceof Placeholder p) {
                out.append(switch (p.kind()) {
                    case ANSWER -> context.answer(p.name());
                    case FINDING -> context.finding(p.name());
                    case COMPARE -> context.compare(p.name(), p.reference());
                    case PASSAGE -> context.passage(p.name());
                });
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }

    /** The text as written, placeholders included. */
    @Override
    public String toString() {
        return source;
    }
}
