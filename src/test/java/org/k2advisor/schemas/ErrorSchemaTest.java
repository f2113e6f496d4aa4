package org.k2advisor.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.TestPacks;

/** Answers that cannot be used give JSON that error.schema.json describes, whatever went wrong. */
class ErrorSchemaTest {
    private static final String ERROR = "error.schema.json";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "malformed_json | {\"age\": 64",
        "malformed_json | {\"age\": 64, \"age\": 65}",
        "unknown_id     | {\"agee\": 64}",
        "wrong_type     | {\"age\": \"old\", \"diabetes\": 2, \"sex\": null, \"goal\": [\"learn\"]}",
        "out_of_range   | {\"age\": 300, \"cac_score\": -1}",
        "not_applicable | {\"kidney_disease\": false, \"dialysis\": true}",
        "gate_unanswered | {\"pregnant\": true}",
        "gate_unanswered | {\"dialysis\": false}"})
    void whenAnswersCannotBeUsed_thenTheErrorJsonIsValid(String code, String answers) {
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> TestPacks.builtIn().adviseJson(answers));

        assertEquals(code, e.code().id(), e.toJson());
        JsonSchemas.assertValid(ERROR, e.toJson(), answers);
    }

    @Test
    void whenANumberIsTooLong_thenTheErrorJsonIsValid() {
        String answers = "{\"age\": " + "9".repeat(1001) + "}";

        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> TestPacks.builtIn().adviseJson(answers));

        assertEquals(InvalidAnswersException.Code.TOO_LONG, e.code(), e.toJson());
        JsonSchemas.assertValid(ERROR, e.toJson(), "a number of 1,001 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{\"age\": 64} {}", "{\"\\u0000\\n\": \"\\u001b[31m\"}", "{\"shoe_size\": 42, \"age\": 300}"})
    void whenOtherAnswersCannotBeUsed_thenTheErrorJsonIsValid(String answers) {
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> TestPacks.builtIn().adviseJson(answers));

        JsonSchemas.assertValid(ERROR, e.toJson(), answers);
    }

    @ParameterizedTest
    @EnumSource(InvalidAnswersException.Code.class)
    void whenAProblemOfEachCodeIsWritten_thenItIsValid(InvalidAnswersException.Code code) {
        // Some codes come only from reading files or the command line (not_utf8, unreadable, usage).
        JsonSchemas.assertValid(ERROR, new InvalidAnswersException(code, "--answers", "a message").toJson(), code.id());
    }
}
