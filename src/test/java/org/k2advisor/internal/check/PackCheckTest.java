package org.k2advisor.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.k2advisor.internal.pack.PackProblem;

class PackCheckTest {
    private static PackCheck.Result check(Path dir) {
        return PackCheck.run(dir);
    }

    @Test
    void whenBuiltInPackIsChecked_thenItIsClean() {
        PackCheck.Result result = check(null);

        assertEquals(List.of(), result.problems());
        assertFalse(result.crossChecksSkipped());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing-claims     | advice.drl    | 388 | rule \"advice.broader_approach.inactive\" has no @claims",
        "missing-claims     | findings.drl  | 63  | rule \"finding.age.under_18\" has no @claims",
        "unknown-claim      | findings.drl  | 189 | cites unknown claim Z99",
        "unencoded-claim    | claims.json   | 73  | claim A07 is encoded by no rule",
        "unreachable-advice | advice.json   | 543 | advice \"natto_rich\" is concluded by no rule",
        "unknown-advice     | advice.drl    | 360 | concludes advice \"food_source\"",
        "unread-question    | questionnaire.json | 372 | question \"physically_active\" is read by no rule",
        "duplicate-name     | advice.drl    | 264 | has the same name as the rule at",
        "drl-error          | advice.drl    | 186 | mismatched input 'value'",
        "min-over-max       | questionnaire.json | 22 | question 'age': 'min' 140 is greater than 'max' 130",
        "duplicate-question | questionnaire.json | 315 | question 'smoking' is defined twice (first at line 183)",
        "empty-questionnaire | questionnaire.json | 2 | 'questions' is empty",
        "unlisted-drl       | pack.json     | 5   | 'rules' does not list extra.drl",
        "unknown-answer     | findings.drl  | 67  | rule \"finding.age.under_18\" reads answer \"agee\", which no question defines (did you mean \"age\"?)",
        "impossible-answer  | findings.drl  | 256 | rule \"finding.goal\" compares answer \"goal\" with \"cure\", which it never has",
        "impossible-answer  | findings.drl  | 76  | rule \"finding.population.not_male\" compares answer \"sex\" with \"yes\", which it never has",
        "impossible-answer  | findings.drl  | 182 | rule \"finding.cac.subgroup_400\" tests answer \"cac_score\" for number >= 40000, which never holds",
        "unsafe-text        | advice.json   | 306 | unsafe text in advice \"slowing_evidence\" (certainty statement): reversal claim: K2 reverses",
        "unsafe-text        | advice.json   | 567 | unsafe text in advice \"food_sources\" (caveat): dose instruction: Take 200 µg of MK-7",
        "unsafe-text        | questionnaire.json | 187 | unsafe text in question \"smoking\" (help): diagnosis: If you smoke, you have",
        "unsafe-disclaimer  | pack.json     | 9   | unsafe text in the disclaimer: reversal claim: K2 cures hardened arteries.",
        "hard-text          | advice.json   | 301 | advice \"slowing_evidence\" reads at US grade 15.5 (summary, detail, caveat and certainty statement together)",
        "hard-text          | questionnaire.json | 186 | question \"smoking\" reads at US grade 20.3 (text and help together)"})
    void whenFixtureBreaksOneThing_thenItsFindingNamesFileAndLine(String pack, String file, int line, String message) {
        List<PackProblem> problems = check(org.k2advisor.FixturePacks.get(pack)).problems();

        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith(file) && p.line() == line && p.message().contains(message)),
                problems.toString());
    }

    @Test
    void whenAProblemTheReaderCanReadPastIsFound_thenTheOtherChecksStillRun() {
        PackCheck.Result result = check(org.k2advisor.FixturePacks.get("unlisted-drl"));

        assertEquals(1, result.problems().size(), result.problems().toString());
        assertFalse(result.crossChecksSkipped());
        assertEquals(2, result.pack().ruleFiles().size(), "the unlisted file is not read as a rule file");
    }

    @Test
    void whenReadingStops_thenTheProblemsBeforeItAreKept() {
        PackCheck.Result result = check(org.k2advisor.FixturePacks.get("empty-questionnaire"));

        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.unreadable().contains("names no question"), result.unreadable());
    }

    @Test
    void whenDrlDoesNotParse_thenChecksNeedingEveryRuleAreSkippedNotMisreported() {
        PackCheck.Result result = check(org.k2advisor.FixturePacks.get("drl-error"));

        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.crossChecksSkipped());
    }
}
