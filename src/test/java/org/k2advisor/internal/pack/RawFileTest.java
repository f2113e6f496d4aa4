package org.k2advisor.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonPointer;

class RawFileTest {
    private static final RawFile QUESTIONNAIRE = new RawFile("questionnaire.json", """
            {
              "questions": [
                {
                  "id": "age",
                  "min": 140,
                  "max": 130
                },
                { "id": "age", "text": "Again?" }
              ],
              "passages": { "trial": { "first": "One." } }
            }
            """);

    @Test
    void whenAPointerNamesAValue_thenItsLineIsFound() {
        assertEquals(5, QUESTIONNAIRE.lineAt(JsonPointer.compile("/questions/0/min")));
        assertEquals(8, QUESTIONNAIRE.lineAt(JsonPointer.compile("/questions/1/text")));
        assertEquals(10, QUESTIONNAIRE.lineAt(JsonPointer.compile("/passages/trial/first")));
    }

    @Test
    void whenTwoEntriesShareAnId_thenEachHasItsOwnLine() {
        assertEquals(4, QUESTIONNAIRE.lineAt(JsonPointer.compile("/questions/0/id")));
        assertEquals(8, QUESTIONNAIRE.lineAt(JsonPointer.compile("/questions/1/id")));
    }

    @Test
    void whenAPointerNamesAnObjectOrArray_thenTheLineItOpensOnIsFound() {
        assertEquals(2, QUESTIONNAIRE.lineAt(JsonPointer.compile("/questions")));
        assertEquals(3, QUESTIONNAIRE.lineAt(JsonPointer.compile("/questions/0")));
    }

    @Test
    void whenThereIsNoSuchValueOrNoJson_thenTheLineIsZero() {
        assertEquals(0, QUESTIONNAIRE.lineAt(JsonPointer.compile("/questions/2/id")));
        assertEquals(0, new RawFile("x.json", "{ not json").lineAt(JsonPointer.compile("/a")));
        assertEquals(0, new RawFile("x.json", null).lineAt(JsonPointer.compile("/a")));
    }
}
