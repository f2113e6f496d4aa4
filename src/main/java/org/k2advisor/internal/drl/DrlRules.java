package org.k2advisor.internal.drl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;

/**
 * The rules of a pack read with Drools' own DRL parser (no compilation): names, lines, metadata,
 * conditions and conclusions, in file and line order. Syntax errors are kept as problems; the
 * rules before and after them are still read where the parser recovers.
 */
public final class DrlRules {
    private static final Pattern INSERT = Pattern.compile(
            "\\binsert(?:Logical)?\\s*\\(\\s*new\\s+(\\w+)\\s*\\(([^()]*)\\)\\s*\\)");
    private static final Pattern ARGUMENT_SPLIT = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

    private final List<RuleSource> rules;
    private final List<PackProblem> problems;

    private DrlRules(List<RuleSource> rules, List<PackProblem> problems) {
        this.rules = List.copyOf(rules);
        this.problems = List.copyOf(problems);
    }

    /** Parses every rule file; callers check {@link DrlParserCheck#require()} first. */
    public static DrlRules parse(KnowledgePack pack) {
        List<RuleSource> rules = new ArrayList<>();
        List<PackProblem> problems = new ArrayList<>();
        for (KnowledgePack.RuleFile file : pack.ruleFiles()) {
            DrlParser parser = new DrlParser();
            PackageDescr descr;
            try {
                descr = parser.parse(false, file.text());
            } catch (DroolsParserException e) {
                problems.add(new PackProblem(file.location(), 0, "cannot parse: " + e.getMessage()));
                continue;
            }
            parser.getErrors().forEach(error -> problems.add(new PackProblem(file.location(),
                    error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0, error.getMessage())));
            if (descr != null) {
                String[] lines = file.text().split("\n", -1);
                descr.getRules().forEach(rule -> rules.add(read(rule, file.location(), lines)));
            }
        }
        return new DrlRules(rules, problems);
    }

    public List<RuleSource> rules() {
        return rules;
    }

    public List<PackProblem> problems() {
        return problems;
    }

    /** The first rule with this name, or null. */
    public RuleSource named(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private static RuleSource read(RuleDescr rule, String file, String[] lines) {
        List<Condition> conditions = new ArrayList<>();
        for (BaseDescr element : rule.getLhs().getDescrs()) {
            conditions.add(condition(element, lines));
        }
        int end = Math.min(Math.max(rule.getEndLine(), rule.getLine()), lines.length);
        String text = String.join("\n", java.util.Arrays.copyOfRange(lines, rule.getLine() - 1, end));
        return new RuleSource(rule.getName(), file, rule.getLine(), end, text,
                annotation(rule, "claims"), annotation(rule, "explain"), conditions,
                conclusions(String.valueOf(rule.getConsequence())));
    }

    private static Condition condition(BaseDescr element, String[] lines) {
        if (element instanceof PatternDescr pattern && pattern.getSource() == null) {
            return pattern(pattern, false, lines);
        }
        if (element instanceof NotDescr not && not.getDescrs().size() == 1
                && not.getDescrs().get(0) instanceof PatternDescr pattern && pattern.getSource() == null) {
            return pattern(pattern, true, lines);
        }
        return Condition.unsupported(lineText(element.getLine(), lines), element.getLine());
    }

    private static Condition pattern(PatternDescr pattern, boolean negated, String[] lines) {
        List<Constraint> constraints = new ArrayList<>();
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                constraints.addAll(ConstraintParser.parse(expression.getExpression()));
            } else {
                constraints.add(new Constraint.Unsupported(String.valueOf(constraint.getText())));
            }
        }
        if (pattern.getObjectType() == null) {
            return Condition.unsupported(lineText(pattern.getLine(), lines), pattern.getLine());
        }
        return Condition.pattern(negated, pattern.getObjectType(), pattern.getIdentifier(), constraints, pattern.getLine());
    }

    private static List<Conclusion> conclusions(String consequence) {
        List<Conclusion> conclusions = new ArrayList<>();
        Matcher insert = INSERT.matcher(consequence);
        while (insert.find()) {
            List<Conclusion.Argument> arguments = new ArrayList<>();
            String list = insert.group(2).strip();
            for (String argument : list.isEmpty() ? new String[0] : ARGUMENT_SPLIT.split(list)) {
                arguments.add(argument(argument.strip()));
            }
            conclusions.add(new Conclusion(insert.group(1), arguments, insert.group().strip()));
        }
        return conclusions;
    }

    private static Conclusion.Argument argument(String text) {
        if (text.matches("\\$\\w+")) {
            return new Conclusion.Argument(null, text);
        }
        if (text.matches("\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false")) {
            return new Conclusion.Argument(ConstraintParser.literal(text), null);
        }
        return new Conclusion.Argument(null, null);
    }

    private static String annotation(RuleDescr rule, String name) {
        AnnotationDescr annotation = rule.getAnnotation(name);
        if (annotation == null) {
            return "";
        }
        Object value = annotation.getSingleValue();
        return value == null ? "" : value.toString();
    }

    private static String lineText(int line, String[] lines) {
        return line >= 1 && line <= lines.length ? lines[line - 1].strip() : "(a condition the explainer cannot read)";
    }
}
