package org.k2advisor.internal.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.k2advisor.Choice;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.Question;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.answers.Bounds;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads questionnaire.json: the questions, and for each the words that say an answer back to the
 * person ("because") and any older spellings its answers may still arrive in ("aliases"). Every
 * value a question refers to (a gate's value, a default, an alias) is checked with the same
 * normalizer that checks answers, so the pack can never offer what the advisor would reject.
 */
final class QuestionnaireReader {

    /** The questions plus what the advisor needs about each beyond the public {@link Question}. */
    record Questionnaire(List<Question> questions, Map<String, Map<String, String>> reasons,
            Map<String, Map<String, String>> aliases) {}

    private static final JsonPointer QUESTIONS = JsonPointer.compile("/questions");

    private final JsonFile file;
    private final ReadProblems problems;

    QuestionnaireReader(JsonFile file, ReadProblems problems) {
        this.file = file;
        this.problems = problems;
    }

    Questionnaire read() {
        List<JsonNode> nodes = file.array(file.root(), "questions");
        if (nodes.isEmpty()) {
            problems.add(file.problem(QUESTIONS, "'questions' is empty; a pack needs at least one question to advise anyone"));
        }
        List<Question> questions = new ArrayList<>();
        List<JsonNode> read = new ArrayList<>();
        Map<String, Integer> firstAt = new LinkedHashMap<>();
        Map<String, Map<String, String>> aliases = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Question q = basic(nodes.get(i), i);
            Integer first = firstAt.putIfAbsent(q.id(), i);
            if (first != null) {
                // Read on without the second: the checks after this one see each id once.
                problems.add(file.problem(at(i, "id"), "question '" + q.id() + "' is defined twice (first at line "
                        + file.raw().lineAt(at(first, "id")) + ")"));
                continue;
            }
            questions.add(q);
            read.add(nodes.get(i));
            aliases.put(q.id(), aliases(nodes.get(i), q));
        }
        AnswerNormalizer normalizer = new AnswerNormalizer(questions, aliases);
        List<Question> checked = new ArrayList<>();
        Map<String, Map<String, String>> reasons = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            JsonNode node = read.get(i);
            Question q = questions.get(i);
            Map<String, List<Object>> when = gates(node, q, checked, normalizer);
            checked.add(new Question(q.id(), q.label(), q.kind(), q.text(), q.help(), q.choices(), q.min(), q.max(), q.unit(),
                    when, canonical(node, "default", q, normalizer), canonical(node, "stopsInterviewOn", q, normalizer)));
            reasons.put(q.id(), reasons(node, q));
        }
        return new Questionnaire(checked, reasons, aliases);
    }

    private Question basic(JsonNode node, int index) {
        String id = file.text(node, "id");
        String type = file.text(node, "type");
        Question.Kind kind = Question.Kind.fromLabel(type);
        if (kind == null) {
            throw file.error("question '" + id + "': type must be one of boolean, integer, number, choice, not '" + type + "'");
        }
        List<Choice> choices = node.has("choices") ? choices(node, id) : List.of();
        if (kind == Question.Kind.CHOICE && choices.isEmpty()) {
            throw file.error("question '" + id + "': a choice question needs 'choices'");
        }
        Number min = bound(node, "min", id, kind);
        Number max = bound(node, "max", id, kind);
        if (min != null && max != null && Bounds.decimal(min).compareTo(Bounds.decimal(max)) > 0) {
            // Kept as written: no number can be answered, which the finding says.
            problems.add(file.problem(at(index, "min"), "question '" + id + "': 'min' " + node.get("min").asText()
                    + " is greater than 'max' " + node.get("max").asText() + ", so no number can be answered"));
        }
        return new Question(id, file.text(node, "label"), kind, file.text(node, "text"), file.text(node, "help"), choices, min, max,
                file.optionalText(node, "unit"), Map.of(), null, null);
    }

    /** A bound as the question's kind keeps it: a whole Long for integers, an exact BigDecimal for numbers. */
    private Number bound(JsonNode node, String field, String id, Question.Kind kind) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw file.error("question '" + id + "': '" + field + "' must be a number");
        }
        if (!kind.numeric()) {
            throw file.error("question '" + id + "': '" + field + "' is only for integer and number questions");
        }
        BigDecimal exact = value.decimalValue();
        if (kind == Question.Kind.NUMBER) {
            return exact.stripTrailingZeros().scale() < 0 ? exact.setScale(0) : exact.stripTrailingZeros();
        }
        if (exact.stripTrailingZeros().scale() > 0 || exact.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw file.error("question '" + id + "': '" + field + "' of an integer question must be a whole number");
        }
        return exact.longValueExact();
    }

    /** Where a field of the question at {@code index} of the file is written. */
    private static JsonPointer at(int index, String field) {
        return QUESTIONS.appendIndex(index).appendProperty(field);
    }

    /** Each choice is {"value": ..., "label": ...}, or a plain string when the value reads well as it is. */
    private List<Choice> choices(JsonNode node, String id) {
        List<Choice> choices = new ArrayList<>();
        for (JsonNode choice : file.array(node, "choices")) {
            Choice c = choice.isTextual() ? new Choice(choice.asText(), choice.asText())
                    : new Choice(file.text(choice, "value"), file.text(choice, "label"));
            if (choices.stream().anyMatch(other -> other.value().equals(c.value()))) {
                throw file.error("question '" + id + "': choice '" + c.value() + "' is listed twice");
            }
            choices.add(c);
        }
        return choices;
    }

    private Map<String, String> aliases(JsonNode node, Question q) {
        Map<String, String> aliases = file.textMap(node, "aliases");
        if (!aliases.isEmpty() && q.kind() != Question.Kind.CHOICE) {
            throw file.error("question '" + q.id() + "': only a choice question can have 'aliases'");
        }
        aliases.forEach((word, value) -> {
            if (!q.choiceValues().contains(value)) {
                throw file.error("question '" + q.id() + "': alias '" + word + "' stands for '" + value
                        + "', which is not one of its choices");
            }
        });
        return aliases;
    }

    /** Gates name earlier questions; a gate's values may be one value or a list, each a valid answer there. */
    private Map<String, List<Object>> gates(JsonNode node, Question q, List<Question> earlier,
            AnswerNormalizer normalizer) {
        Map<String, List<Object>> when = new LinkedHashMap<>();
        JsonNode gates = node.get("when");
        if (gates == null) {
            return when;
        }
        for (var gate : gates.properties()) {
            Question gateQuestion = earlier.stream().filter(e -> e.id().equals(gate.getKey())).findFirst()
                    .orElseThrow(() -> file.error("question '" + q.id() + "': 'when' names '" + gate.getKey()
                            + "', which must be a question asked before it"));
            List<Object> values = new ArrayList<>();
            List<JsonNode> written = new ArrayList<>();
            if (gate.getValue().isArray()) {
                gate.getValue().forEach(written::add);
            } else {
                written.add(gate.getValue());
            }
            for (JsonNode value : written) {
                values.add(normalized(q, "'when' value for " + gate.getKey(), gateQuestion, value, normalizer));
            }
            if (values.isEmpty()) {
                throw file.error("question '" + q.id() + "': 'when' lists no value for " + gate.getKey());
            }
            when.put(gate.getKey(), values);
        }
        return when;
    }

    private Object canonical(JsonNode node, String field, Question q, AnswerNormalizer normalizer) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : normalized(q, "'" + field + "'", q, value, normalizer);
    }

    private Object normalized(Question owner, String what, Question q, JsonNode value, AnswerNormalizer normalizer) {
        if (!value.isValueNode()) {
            throw file.error("question '" + owner.id() + "': " + what + " must be a string, number or boolean");
        }
        try {
            return normalizer.normalizeValue(q, JsonFile.scalar(value));
        } catch (InvalidAnswersException e) {
            throw file.error("question '" + owner.id() + "': " + what + " " + e.getMessage().substring(e.field().length() + 2));
        }
    }

    /**
     * The words for each possible answer, so a report can say which of the person's answers led to an
     * item. Every possible answer needs its words; a number's words hold {value}.
     */
    private Map<String, String> reasons(JsonNode node, Question q) {
        Map<String, String> reasons = file.textMap(node, "because");
        Set<String> needed = switch (q.kind()) {
            case BOOLEAN -> Set.of("yes", "no", AnswerNormalizer.UNKNOWN);
            case INTEGER, NUMBER -> Set.of("number", AnswerNormalizer.UNKNOWN);
            case CHOICE -> Set.copyOf(q.choiceValues());
        };
        for (String key : needed.stream().sorted().toList()) {
            if (!reasons.containsKey(key)) {
                throw file.error("question '" + q.id() + "': 'because' has no words for the answer '" + key + "'");
            }
        }
        for (String key : reasons.keySet()) {
            if (!needed.contains(key)) {
                throw file.error("question '" + q.id() + "': 'because' has words for '" + key
                        + "', which is not a possible answer (expected " + needed.stream().sorted().toList() + ")");
            }
        }
        String number = reasons.get("number");
        if (number != null && !number.contains("{value}")) {
            throw file.error("question '" + q.id() + "': 'because.number' must show the number as {value}");
        }
        return reasons;
    }
}
