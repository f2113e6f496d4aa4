package org.k2advisor.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReadableTextsTest {

    @Test
    void whenAPackIsRead_thenEveryTextAPersonReadsIsListedWithItsLine() {
        RawFile manifest = new RawFile("pack.json", "{\n  \"title\": \"T\",\n  \"disclaimer\": \"Not advice.\"\n}");
        RawFile questionnaire = new RawFile("questionnaire.json", """
                {"questions": [
                  {"id": "age", "text": "How old are you?",
                   "help": "Age matters.", "choices": ["a"], "because": {"number": "you are {value}"}}
                ]}""");
        RawFile advice = new RawFile("advice.json", """
                {"passages": {"trial": {"first": "One trial.", "again": "As above."}},
                 "advice": [{"id": "x", "summary": "S.", "detail": "D.",
                   "caveat": "C.", "certainty": {"level": "low", "statement": "Maybe."}}]}""");

        List<String> texts = ReadableTexts.of(manifest, questionnaire, advice).stream()
                .map(t -> t.file() + ":" + t.line() + " " + t.describe() + " " + t.text()).toList();

        assertEquals(List.of(
                "pack.json:3 the disclaimer Not advice.",
                "questionnaire.json:2 question \"age\" (text) How old are you?",
                "questionnaire.json:3 question \"age\" (help) Age matters.",
                "advice.json:1 passage \"trial\" (first) One trial.",
                "advice.json:1 passage \"trial\" (again) As above.",
                "advice.json:2 advice \"x\" (summary) S.",
                "advice.json:2 advice \"x\" (detail) D.",
                "advice.json:3 advice \"x\" (caveat) C.",
                "advice.json:3 advice \"x\" (certainty statement) Maybe."), texts);
    }
}
