package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k2advisor.Advisor;
import org.k2advisor.Question;
import org.k2advisor.Report;
import org.k2advisor.RuleInfo;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.explain.WhyChain;
import org.k2advisor.internal.json.AnswersJson;
import org.k2advisor.internal.pack.PackReader;

/** Scripted interviews through standard input, as `k2advisor ask < script` runs them. */
class AskInterviewTest {
    /** One answer for every question of the built-in questionnaire, gated ones included, in order. */
    static final String[] EVERY_QUESTION = {
        "no",          // urgent_symptoms
        "67",          // age
        "male",        // sex
        "no",          // anticoagulant
        "yes",         // kidney_disease
        "no",          // dialysis (asked because kidney_disease is yes)
        "yes",         // diabetes
        "don't know",  // high_cholesterol
        "no",          // high_blood_pressure
        "no",          // chronic_inflammation
        "no",          // heart_disease
        "yes",         // aortic_valve_calcification
        "yes",         // cac_scan
        "450",         // cac_score (asked because cac_scan is yes)
        "yes",         // k2_supplement
        "90.5",        // k2_dose_mcg (asked because k2_supplement is yes)
        "rarely",      // k2_foods
        "yes",         // physically_active
        "slow",        // goal
    };

    @TempDir
    Path dir;

    @Test
    void whenEveryQuestionIsAnswered_thenEachIsAskedAndTheReportIsWhatAdviseGives() throws IOException {
        // Given a script answering all nineteen questions, then Enter at the summary
        Path saved = dir.resolve("answers.json");
        String script = CliRun.lines(EVERY_QUESTION) + CliRun.lines("", "quit");

        // When it is typed into `ask --save`
        CliRun ask = CliRun.withInput(script, "ask", "--save", saved.toString());

        // Then every question was asked once, in order, with progress, and the report follows
        assertEquals(0, ask.exit(), ask.err());
        for (Question q : PackReader.builtIn().questions()) {
            assertEquals(1, ask.count(firstWords(q.text())), "asked once: " + q.id());
        }
        assertTrue(ask.out().contains("Question 1 of about 16: Right now"), ask.out());
        assertTrue(ask.out().contains("Question 19 of about 19: What do you hope"), ask.out());
        assertTrue(ask.out().indexOf("Your answers: urgent_symptoms: no; age: 67") < ask.out().indexOf("K2 Advisor: what"));
        // And `advise --answers` on the saved file prints the very same report
        CliRun advise = CliRun.withInput("", "advise", "--answers", saved.toString());
        assertEquals(0, advise.exit(), advise.err());
        assertTrue(ask.out().contains(advise.out()), "the interview's report is advise's report");
        assertEquals(Map.of("urgent_symptoms", false, "age", 67L, "dialysis", false, "cac_score", 450L,
                "k2_dose_mcg", 90.5, "high_cholesterol", "unknown", "goal", "slow"),
                pick(saved, "urgent_symptoms", "age", "dialysis", "cac_score", "k2_dose_mcg", "high_cholesterol", "goal"));
    }

    @Test
    void whenAQuestionMarkIsTyped_thenWhyWeAskIsShownAndTheQuestionStays() {
        // Given a person who asks for help at the age question
        CliRun ask = CliRun.withInput(CliRun.lines("no", "?"), "ask");

        // Then the questionnaire's help text is shown and the same question is asked again
        assertTrue(ask.out().contains("Why we ask: Calcification in the arteries becomes more common with age"), ask.out());
        assertEquals(2, ask.count("a whole number from 0 to 130 (years), or don't know >"));
    }

    @Test
    void whenAnAnswerIsWrong_thenTheNormalizersMessageExplainsItAndTheQuestionIsAskedAgain() {
        // Given wrong answers: words for a number, out of range, a misspelt choice, "don't know" for a choice
        CliRun ask = CliRun.withInput(CliRun.lines("maybe", "no", "sixty", "131", "67", "fmale", "don't know", "female"), "ask");

        // Then each is explained in the words advise uses for the same mistake, and asked again
        String adviseSays = CliRun.withInput("", "advise", "--set", "age=sixty").err();
        assertTrue(adviseSays.startsWith("k2advisor: age: expected a whole number"), adviseSays);
        String flat = ask.flat();
        assertAll(
                () -> assertTrue(flat.contains("Sorry, that does not fit: " + adviseSays.strip().substring("k2advisor: age: ".length())
                        + ". Please try again."), flat),
                () -> assertTrue(flat.contains("expected true, false or \"unknown\", got \"maybe\""), flat),
                () -> assertTrue(flat.contains("131 is out of range: expected a whole number from 0 to 130"), flat),
                () -> assertTrue(flat.contains("got \"fmale\""), flat),
                () -> assertTrue(flat.contains("got \"don't know\""), flat),
                () -> assertEquals(1, ask.count("What is your sex?"), "the question is not repeated, only its prompt"),
                () -> assertEquals(3, ask.count("female, male or other >")),
                () -> assertTrue(flat.contains("Question 4 of about 16: Do you take a blood thinner"), flat),
                () -> assertFalse(ask.err().contains("Exception"), ask.err()));
    }

    @Test
    void whenBackIsTyped_thenThePreviousQuestionReturnsAndAnswersThatNoLongerApplyAreDropped() throws IOException {
        // Given kidney disease yes, dialysis yes, then back twice to change kidney disease to no
        Path saved = dir.resolve("back.json");
        String script = CliRun.lines("no", "67", "female", "no", "yes", "yes", "back", "back", "no")
                + CliRun.lines(java.util.Arrays.copyOfRange(EVERY_QUESTION, 6, EVERY_QUESTION.length)) + CliRun.lines("", "quit");

        // When the interview runs
        CliRun ask = CliRun.withInput(script, "ask", "--save", saved.toString());

        // Then dialysis was asked again (keeping its answer), then kidney disease, and dialysis was dropped
        assertEquals(0, ask.exit(), ask.err());
        assertTrue(ask.out().contains("yes, no or don't know (Enter keeps yes) > back"), ask.out());
        assertTrue(ask.out().contains("No longer asked, so its answer is dropped: dialysis."), ask.out());
        assertEquals(2, ask.count("Are you on dialysis?"));
        Map<String, Object> answers = AnswersJson.parse(Files.readString(saved, StandardCharsets.UTF_8));
        assertEquals(false, answers.get("kidney_disease"));
        assertFalse(answers.containsKey("dialysis"), answers.toString());
        assertEquals("female", answers.get("sex"));
    }

    @Test
    void whenBackIsTypedAtTheFirstQuestion_thenItSaysThereIsNothingEarlier() {
        CliRun ask = CliRun.withInput(CliRun.lines("back"), "ask");

        assertTrue(ask.out().contains("There is no earlier question to go back to."), ask.out());
        assertEquals(2, ask.count("Question 1 of about 16"));
    }

    @Test
    void whenSkipAndDontKnowAreTyped_thenOneIsLeftOutAndTheOtherIsRecordedAsUnknown() throws IOException {
        // Given: don't know for age (a number), skip for sex, don't know for a yes/no, skip for a gate
        Path saved = dir.resolve("skip.json");
        String script = CliRun.lines(
                "no",                         // urgent_symptoms
                "don't know",                 // age
                "skip",                       // sex
                "not sure",                   // anticoagulant
                "skip",                       // kidney_disease, so dialysis does not apply
                "skip", "skip", "skip", "skip", "skip", "skip", // diabetes .. aortic_valve_calcification
                "skip",                       // cac_scan, so cac_score does not apply
                "skip",                       // k2_supplement, so k2_dose_mcg does not apply
                "",                           // k2_foods: Enter takes its default
                "skip",                       // physically_active
                "",                           // goal: Enter takes its default
                "");                          // the summary: on to the report

        // When
        CliRun ask = CliRun.withInput(script, "ask", "--save", saved.toString());

        // Then skipped questions are missing, "don't know" is "unknown", and the skipped gate hides its question
        assertEquals(0, ask.exit(), ask.err());
        Map<String, Object> answers = AnswersJson.parse(Files.readString(saved, StandardCharsets.UTF_8));
        assertEquals("unknown", answers.get("age"));
        assertEquals("unknown", answers.get("anticoagulant"));
        assertFalse(answers.containsKey("sex"));
        assertFalse(ask.out().contains("Are you on dialysis?"), "dialysis is asked only after kidney disease: yes");
        assertTrue(ask.out().contains("Skipped: sex, kidney_disease"), ask.out());
        // And Enter took the questionnaire's defaults, shown beforehand
        assertTrue(ask.out().contains("rarely, sometimes or often (Enter: sometimes) >"), ask.out());
        assertEquals("sometimes", answers.get("k2_foods"));
        assertEquals("learn", answers.get("goal"));
    }

    @Test
    void whenEnterIsPressedWithoutADefault_thenItAsksForAnAnswerInsteadOfGuessing() {
        CliRun ask = CliRun.withInput(CliRun.lines("", "no"), "ask");

        assertTrue(ask.out().contains("Please type an answer, or skip to leave this one unanswered."), ask.out());
        assertTrue(ask.out().contains("Question 2 of about 16"), ask.out());
    }

    @Test
    void whenUrgentSymptomsIsYes_thenTheInterviewStopsAtOnceWithEmergencyCareFirst() throws IOException {
        // Given a person with urgent symptoms, who would go on answering
        Path saved = dir.resolve("urgent.json");

        // When
        CliRun ask = CliRun.withInput(CliRun.lines("yes", "67", "why 1"), "ask", "--save", saved.toString());

        // Then no further question is asked, and the report opens with the emergency item
        assertEquals(0, ask.exit(), ask.err());
        assertFalse(ask.out().contains("Question 2"), ask.out());
        String report = ask.out().substring(ask.out().indexOf("K2 Advisor: what the evidence says"));
        assertTrue(report.contains("\n\n 1. [CRITICAL] Your symptoms may be an emergency"), report);
        assertFalse(ask.out().contains("What next?"), "no menu stands between the person and getting help");
        assertEquals(Map.of("urgent_symptoms", true), AnswersJson.parse(Files.readString(saved, StandardCharsets.UTF_8)));
    }

    @Test
    void whenAtTheSummaryAnIdIsTyped_thenThatAnswerIsChangedBeforeTheReport() throws IOException {
        // Given a finished interview where the person changes cac_scan to yes at the summary
        Path saved = dir.resolve("change.json");
        String script = CliRun.lines("no", "67", "male", "no", "no", "no", "no", "no", "no", "no", "no", "no",
                "no", "", "yes", "", "cac_scan", "yes", "120", "dialysis", "nonsense", "", "quit");

        // When
        CliRun ask = CliRun.withInput(script, "ask", "--save", saved.toString());

        // Then the changed gate brings its own question, and ids that cannot be changed are explained
        assertEquals(0, ask.exit(), ask.err());
        assertTrue(ask.out().contains("Change cac_scan: Have you had a coronary"), ask.out());
        assertTrue(ask.out().contains("dialysis is asked only when kidney_disease is yes."), ask.out());
        assertTrue(ask.out().contains("There is no question \"nonsense\"."), ask.out());
        Map<String, Object> answers = AnswersJson.parse(Files.readString(saved, StandardCharsets.UTF_8));
        assertEquals(true, answers.get("cac_scan"));
        assertEquals(new java.math.BigDecimal("120"), answers.get("cac_score"));
    }

    @Test
    void whenResumedFromAFile_thenOnlyWhatTheFileLeavesUnansweredIsAsked() throws IOException {
        // Given a file with every answer but sex, the dose and the goal
        Path partial = dir.resolve("partial.json");
        Files.writeString(partial, "{\"urgent_symptoms\": false, \"age\": 58, \"anticoagulant\": false, "
                + "\"kidney_disease\": false, \"diabetes\": false, \"high_cholesterol\": true, \"high_blood_pressure\": false, "
                + "\"chronic_inflammation\": false, \"heart_disease\": false, \"aortic_valve_calcification\": false, "
                + "\"cac_scan\": false, \"k2_supplement\": true, \"k2_foods\": \"often\", \"physically_active\": true}");

        // When
        CliRun ask = CliRun.withInput(CliRun.lines("female", "100", "prevent", "", "quit"), "ask", "--answers", partial.toString());

        // Then exactly those three are asked (the dose applies, as the file says k2_supplement: true)
        assertEquals(0, ask.exit(), ask.err());
        assertTrue(ask.flat().contains("Using 14 answers from " + partial + "; about 3 questions left to ask."), ask.out());
        assertTrue(ask.out().contains("Question 1 of about 3: What is your sex?"), ask.out());
        assertTrue(ask.out().contains("Question 2 of about 3: About how many micrograms"), ask.out());
        assertTrue(ask.out().contains("Question 3 of about 3: What do you hope"), ask.out());
        assertEquals(3, ask.count("Question "));
        assertTrue(ask.flat().contains("age: 58; sex: female;"), ask.out());
        assertTrue(ask.flat().contains("k2_dose_mcg: 100;"), ask.out());
    }

    @Test
    void whenTheResumeFileSaysUrgentSymptoms_thenNothingIsAskedAndEmergencyCareComesFirst() throws IOException {
        Path urgent = dir.resolve("urgent.json");
        Files.writeString(urgent, "{\"urgent_symptoms\": \"yes\", \"age\": 70}");

        CliRun ask = CliRun.withInput("", "ask", "--answers", urgent.toString());

        assertEquals(0, ask.exit(), ask.err());
        assertFalse(ask.out().contains("Question 1"), ask.out());
        assertTrue(ask.out().contains("\n\n 1. [CRITICAL] Your symptoms may be an emergency"), ask.out());
    }

    @Test
    void whenHelpIsAskedAtTheSummary_thenItSaysHowToChangeAnAnswer() {
        String script = CliRun.lines(EVERY_QUESTION) + CliRun.lines("?");

        CliRun ask = CliRun.withInput(script, "ask");

        assertTrue(ask.flat().contains("Press Enter to see your report. To change an answer first, type its id"), ask.out());
        assertEquals(1, ask.exit(), "the script ends at the summary, before the report");
    }

    @Test
    void whenTheResumeFileIsInvalid_thenItIsRejectedBeforeAnyQuestion() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"age\": 250}");

        CliRun ask = CliRun.withInput(CliRun.lines("no"), "ask", "--answers", bad.toString());

        assertEquals(2, ask.exit());
        assertEquals("k2advisor: age: 250 is out of range: expected a whole number from 0 to 130 or \"unknown\"\n", ask.err());
        assertFalse(ask.out().contains("Question"), ask.out());
    }

    @Test
    void whenInputEndsMidInterview_thenItStopsWithAShortMessageAndWritesNothing() {
        // Given a script that ends after two answers, with --save
        Path saved = dir.resolve("never.json");

        // When
        CliRun ask = CliRun.withInput(CliRun.lines("no", "67"), "ask", "--save", saved.toString());

        // Then exit status 1, one line on standard error, no stack trace and no file
        assertEquals(1, ask.exit());
        assertEquals("k2advisor: input ended before the report; nothing was saved.\n", ask.err());
        assertFalse(Files.exists(saved));
        try (var leftovers = Files.list(dir)) {
            assertEquals(0, leftovers.count(), "no temporary file either");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void whenQuitIsTypedMidInterview_thenItStopsLikeTheEndOfInput() {
        CliRun ask = CliRun.withInput(CliRun.lines("no", "quit", "67"), "ask");

        assertEquals(1, ask.exit());
        assertEquals("k2advisor: stopped before the report; nothing was saved.\n", ask.err());
        assertFalse(ask.out().contains("Question 3"), ask.out());
    }

    @Test
    void whenWhyNIsTypedAfterTheReport_thenTheRulesThatLedToItemNAreExplained() throws IOException {
        // Given a finished interview
        Path saved = dir.resolve("why.json");
        String script = CliRun.lines(EVERY_QUESTION) + CliRun.lines("", "why 1", "why 99", "trace", "quit");

        // When the person asks why item 1 is there, then for the whole trace
        CliRun ask = CliRun.withInput(script, "ask", "--save", saved.toString());

        // Then each firing that led to item 1 is told with its rule's @explain words and what it matched
        Advisor advisor = Advisor.builtIn();
        Report report = advisor.adviseJson(Files.readString(saved, StandardCharsets.UTF_8));
        String id = report.advice().get(0).id();
        String flat = ask.flat();
        String why = flat.substring(flat.indexOf("Why item 1 (" + id + ")"), flat.indexOf("Type trace to see"));
        List<TraceStep> chain = WhyChain.of(report, id);
        assertFalse(chain.isEmpty());
        for (TraceStep step : chain) {
            RuleInfo rule = advisor.rules().stream().filter(r -> r.name().equals(step.rule())).findFirst().orElseThrow();
            assertTrue(why.contains(step.rule() + " (claims "), why);
            assertTrue(why.contains(rule.explanation().replaceAll("\\s+", " ")), why);
            assertTrue(why.contains("because of: " + String.join(", ", step.matched())), why);
        }
        assertTrue(flat.contains("Type why and an item number from 1 to " + report.advice().size()), flat);
        // And trace shows the whole reasoning, every firing
        assertTrue(ask.out().contains(TextReport.trace(report.trace())), ask.out());
        assertEquals(0, ask.exit(), ask.err());
    }

    @Test
    void whenSaveIsTypedAfterTheReport_thenAdviseAcceptsTheFileAndGivesTheSameReport() throws IOException {
        // Given a finished interview, saved from the prompt after the report
        Path saved = dir.resolve("after.json");
        String script = CliRun.lines(EVERY_QUESTION) + CliRun.lines("", "save " + saved, "save", "quit");

        // When
        CliRun ask = CliRun.withInput(script, "ask");

        // Then the file is written and advise gives the same report from it
        assertTrue(ask.flat().contains("Saved your answers to " + saved), ask.out());
        assertTrue(ask.out().contains("Type save and a file name"), ask.out());
        CliRun advise = CliRun.withInput("", "advise", "--answers", saved.toString());
        assertEquals(0, advise.exit(), advise.err());
        assertTrue(ask.out().contains(advise.out()));
    }

    @Test
    void whenAnAbsurdNumberIsTyped_thenItIsRefusedAtOnceInAFewWordsAndAskedAgain() {
        // Given numbers that once took gigabytes or crashed, and a line of a million characters
        String script = CliRun.lines("no", "1e999999999", "1e2147483647", "9".repeat(1_000_000), "quit");

        // When
        CliRun ask = CliRun.withInput(script, "ask");

        // Then each is explained and the question asked again, and nothing grows with the input
        String flat = ask.flat();
        assertAll(
                () -> assertTrue(flat.contains("Sorry, that does not fit: 1e999999999 is out of range: expected a whole number "
                        + "from 0 to 130 or \"unknown\". Please try again."), flat),
                () -> assertTrue(flat.contains("1e2147483647 is out of range"), flat),
                () -> assertTrue(flat.contains("\"" + "9".repeat(40) + "... (1001 characters)\" is too long"), flat),
                () -> assertEquals(4, ask.count("a whole number from 0 to 130 (years), or don't know >")),
                () -> assertTrue(ask.out().length() < 10_000, "the output has " + ask.out().length() + " characters"),
                () -> assertEquals("k2advisor: stopped before the report; nothing was saved.\n", ask.err()));
    }

    @Test
    void whenALongUnknownWordIsTypedAtTheSummaryOrAfterTheReport_thenItIsEchoedShortened() {
        String script = CliRun.lines(EVERY_QUESTION) + CliRun.lines("z".repeat(5000), "", "y".repeat(5000), "quit");

        CliRun ask = CliRun.withInput(script, "ask");

        String flat = ask.flat();
        assertTrue(flat.contains("There is no question \"" + "z".repeat(40) + "... (1001 characters)\"."), flat);
        assertTrue(flat.contains("Unknown command \"" + "y".repeat(40) + "... (1001 characters)\"."), flat);
        assertEquals(0, ask.exit(), ask.err());
    }

    @Test
    void whenSaveNamesAnExistingFile_thenItAsksAndReplacesItOnlyOnYes() throws IOException {
        // Given two files that already hold something
        Path kept = dir.resolve("kept.json");
        Path replaced = dir.resolve("replaced.json");
        Files.writeString(kept, "{\"age\": 50}");
        Files.writeString(replaced, "{\"age\": 50}");
        String script = CliRun.lines(EVERY_QUESTION) + CliRun.lines("", "save " + kept, "", "save " + replaced, "y", "quit");

        // When the person saves over each, answering Enter (no) to the first question and y to the second
        CliRun ask = CliRun.withInput(script, "ask");

        // Then the first file is untouched and the second holds the new answers
        assertEquals(2, ask.count("already exists. Overwrite it? (y/N) >"), ask.out());
        assertTrue(ask.flat().contains("kept.json is unchanged."), ask.out());
        assertEquals("{\"age\": 50}", Files.readString(kept, StandardCharsets.UTF_8));
        assertEquals(67L, ((java.math.BigDecimal) AnswersJson.parse(Files.readString(replaced, StandardCharsets.UTF_8)).get("age"))
                .longValueExact());
        assertEquals(0, ask.exit(), ask.err());
    }

    @Test
    void whenAskSaveNamesAnExistingFile_thenItStopsBeforeTheFirstQuestionUnlessForced() throws IOException {
        // Given a file that already holds someone's answers
        Path existing = dir.resolve("existing.json");
        Files.writeString(existing, "{\"age\": 50}");
        String script = CliRun.lines(EVERY_QUESTION) + CliRun.lines("", "quit");

        // When the interview would save over it, first without --force, then with it
        CliRun refused = CliRun.withInput(script, "ask", "--save", existing.toString());
        String before = Files.readString(existing, StandardCharsets.UTF_8);
        CliRun forced = CliRun.withInput(script, "ask", "--save", existing.toString(), "--force");

        // Then without --force nothing is asked and nothing written; with it the file is replaced
        assertEquals(2, refused.exit());
        assertTrue(refused.err().matches("k2advisor: --save: .*/existing\\.json already exists; add --force to replace it, "
                + "or choose another name\n"), refused.err());
        assertFalse(refused.out().contains("Question"), refused.out());
        assertEquals("{\"age\": 50}", before);
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.readString(existing, StandardCharsets.UTF_8).contains("\"age\": 67"));
    }

    @Test
    void whenSavingIntoAMissingFolder_thenItSaysSoAndTheSessionGoesOn() {
        String script = CliRun.lines(EVERY_QUESTION) + CliRun.lines("", "save " + dir.resolve("no/such/x.json"), "quit");

        CliRun ask = CliRun.withInput(script, "ask");

        assertTrue(ask.flat().contains("its folder does not exist. Nothing was written."), ask.out());
        assertEquals(0, ask.exit(), ask.err());
    }

    @Test
    void whenNoCommandIsGivenWithoutATerminal_thenUsageIsPrintedAndNothingIsAsked() {
        CliRun bare = CliRun.withInput("no\n");

        assertEquals(0, bare.exit());
        assertTrue(bare.out().startsWith("Usage: k2advisor"), bare.out());
        assertTrue(bare.out().contains("  ask "), bare.out());
        assertFalse(bare.out().contains("Question 1"), bare.out());
    }

    private static String firstWords(String text) {
        return text.length() > 30 ? text.substring(0, 30) : text;
    }

    private static Map<String, Object> pick(Path file, String... ids) throws IOException {
        Map<String, Object> all = AnswersJson.parse(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, Object> picked = new java.util.HashMap<>();
        for (String id : ids) {
            Object value = all.get(id);
            // The parser reads numbers as BigDecimal; compare them as the canonical Long or Double.
            if (value instanceof java.math.BigDecimal d) {
                value = d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValueExact() : d.doubleValue();
            }
            picked.put(id, value);
        }
        return picked;
    }
}
