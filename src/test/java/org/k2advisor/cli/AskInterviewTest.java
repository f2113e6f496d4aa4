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
import org.k2advisor.internal.render.TextReport;

/** Scripted interviews through standard input, as `k2advisor ask < script` runs them. */
class AskInterviewTest {
    /** One answer for every question of the built-in questionnaire, gated ones included, in order. */
    static final String[] EVERY_QUESTION = {
        "no",          // urgent_symptoms
        "67",          // age
        "female",      // sex
        "no",          // pregnant (asked because sex is female)
        "4",           // anticoagulant: the fourth choice of its menu, none
        "yes",         // kidney_disease
        "no",          // dialysis (asked because kidney_disease is yes)
        "yes",         // diabetes
        "don't know",  // high_cholesterol
        "no",          // high_blood_pressure
        "no",          // chronic_inflammation
        "no",          // smoking
        "no",          // family_history
        "no",          // heart_disease
        "yes",         // aortic_valve_calcification
        "yes",         // cac_scan
        "450",         // cac_score (asked because cac_scan is yes)
        "yes",         // k2_supplement
        "90.5",        // k2_dose_mcg (asked because k2_supplement is yes)
        "yes",         // vitamin_d_supplement
        "no",          // vitamin_d_high (asked because vitamin_d_supplement is yes)
        "no",          // calcium_supplement
        "never",       // natto, by its value rather than its menu number
        "rarely",      // k2_foods
        "yes",         // physically_active
        "slow",        // goal
    };

    @TempDir
    Path dir;

    @Test
    void whenEveryQuestionIsAnswered_thenEachIsAskedAndTheReportIsWhatAdviseGives() throws IOException {
        // Given a script answering all twenty-six questions, then Enter at the summary
        Path saved = dir.resolve("answers.json");
        String script = CliRun.lines(EVERY_QUESTION) + CliRun.lines("", "quit");

        // When it is typed into `ask --save`
        CliRun ask = CliRun.withInput(script, "ask", "--save", saved.toString());

        // Then every question was asked once, in order, with progress, and the report follows
        assertEquals(0, ask.exit(), ask.err());
        for (Question q : PackReader.builtIn().questions()) {
            assertEquals(1, ask.count(firstWords(q.text())), "asked once: " + q.id());
        }
        assertTrue(ask.out().contains("Question 1 of about 21: Right now"), ask.out());
        assertTrue(ask.out().contains("Question 26 of about 26: What do you hope"), ask.out());
        // And the summary names each question in words, numbered, with the answer in words
        String flat = ask.flat();
        assertTrue(flat.contains("Your answers: 1 Urgent symptoms now: no 2 Age: 67 years 3 Sex: female"), flat);
        assertTrue(flat.contains("5 Blood thinner: no blood thinner"), flat);
        assertTrue(flat.contains("26 What you hope for: slow: slow down calcium build-up"), flat);
        assertTrue(ask.out().indexOf("Your answers:") < ask.out().indexOf("K2 Advisor: what"));
        // And `advise --answers` on the saved file prints the very same report
        CliRun advise = CliRun.withInput("", "advise", "--answers", saved.toString());
        assertEquals(0, advise.exit(), advise.err());
        assertTrue(ask.out().contains(advise.out()), "the interview's report is advise's report");
        assertEquals(Map.of("urgent_symptoms", false, "age", 67L, "anticoagulant", "none", "dialysis", false, "cac_score", 450L,
                "k2_dose_mcg", 90.5, "high_cholesterol", "unknown", "natto", "never", "goal", "slow"),
                pick(saved, "urgent_symptoms", "age", "anticoagulant", "dialysis", "cac_score", "k2_dose_mcg", "high_cholesterol",
                        "natto", "goal"));
    }

    @Test
    void whenAQuestionMarkIsTyped_thenWhyWeAskIsShownAndTheQuestionStays() {
        // Given a person who asks for help at the age question
        CliRun ask = CliRun.withInput(CliRun.lines("no", "?"), "ask");

        // Then the questionnaire's help text is shown and the same question is asked again
        assertTrue(ask.out().contains("Why we ask: Calcium in the arteries gets more common with age"), ask.out());
        assertEquals(2, ask.count("a whole number from 0 to 130 (years), or don't know >"));
    }

    @Test
    void whenAnAnswerIsWrong_thenItIsExplainedInThePromptsWordsAndTheQuestionIsAskedAgain() {
        // Given wrong answers: a word for yes/no, words for a number, out of range, a misspelt choice,
        // "don't know" for a choice that does not offer it, and a number outside a menu
        CliRun ask = CliRun.withInput(CliRun.lines("maybe", "no", "sixty", "131", "67", "fmale", "don't know", "female",
                "no", "9", "2"), "ask");

        // Then each is refused as JSON validation refuses it, but said in the prompt's words ("don't know")
        for (String[] refused : new String[][] {{"urgent_symptoms", "maybe"}, {"age", "sixty"}, {"age", "131"},
                {"sex", "fmale"}, {"sex", "don't know"}, {"anticoagulant", "9"}}) {
            assertEquals(2, CliRun.of("advise", "--set", refused[0] + "=" + refused[1]).exit(), String.join("=", refused));
        }
        String flat = ask.flat();
        assertAll(
                () -> assertTrue(flat.contains("Sorry, \"maybe\" is not an answer here. Please answer yes, no or don't know."), flat),
                () -> assertTrue(flat.contains("Sorry, \"sixty\" is not an answer here. Please answer a whole number from 0 to "
                        + "130 (years), or don't know."), flat),
                () -> assertTrue(flat.contains("Sorry, 131 is out of range. Please answer a whole number from 0 to 130 (years), "
                        + "or don't know."), flat),
                () -> assertTrue(flat.contains("Sorry, \"fmale\" is not an answer here. Please answer female, male or other."), flat),
                () -> assertTrue(flat.contains("Sorry, \"don't know\" is not an answer here."), flat),
                () -> assertTrue(flat.contains("Sorry, \"9\" is not an answer here. Please answer a number from 1 to 5."), flat),
                () -> assertFalse(flat.contains("\"unknown\""), "the interview never says the JSON word \"unknown\""),
                () -> assertEquals(1, ask.count("What is your sex?"), "the question is not repeated, only its prompt"),
                () -> assertEquals(3, ask.count("female, male or other >")),
                () -> assertTrue(flat.contains("Question 4 of about 22: Are you pregnant or breastfeeding?"), flat),
                () -> assertTrue(flat.contains("2 apixaban (Eliquis), rivaroxaban (Xarelto)"), "the menu names the medicines"),
                () -> assertTrue(flat.contains("Question 6 of about 22: Have you been told you have long-term"), flat),
                () -> assertFalse(ask.err().contains("Exception"), ask.err()));
    }

    @Test
    void whenBackIsTyped_thenThePreviousQuestionReturnsAndAnswersThatNoLongerApplyAreDropped() throws IOException {
        // Given kidney disease yes, dialysis yes, then back twice to change kidney disease to no
        Path saved = dir.resolve("back.json");
        String script = CliRun.lines("no", "67", "female", "no", "4", "yes", "yes", "back", "back", "no")
                + CliRun.lines(java.util.Arrays.copyOfRange(EVERY_QUESTION, 7, EVERY_QUESTION.length)) + CliRun.lines("", "quit");

        // When the interview runs
        CliRun ask = CliRun.withInput(script, "ask", "--save", saved.toString());

        // Then dialysis was asked again (keeping its answer), then kidney disease, and dialysis was dropped
        assertEquals(0, ask.exit(), ask.err());
        assertTrue(ask.out().contains("yes, no or don't know (Enter keeps yes) > back"), ask.out());
        assertTrue(ask.out().contains("No longer asked, so its answer is dropped: Dialysis."), ask.out());
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
        assertEquals(2, ask.count("Question 1 of about 21"));
    }

    @Test
    void whenSkipAndDontKnowAreTyped_thenOneIsLeftOutAndTheOtherIsRecordedAsUnknown() throws IOException {
        // Given: don't know for age (a number), skip for sex, don't know for a yes/no, skip for a gate
        Path saved = dir.resolve("skip.json");
        String script = CliRun.lines(
                "no",                         // urgent_symptoms
                "don't know",                 // age
                "skip",                       // sex
                "not sure",                   // anticoagulant, a menu that offers "I don't know if I take one"
                "skip",                       // kidney_disease, so dialysis does not apply
                "skip", "skip", "skip", "skip", "skip", "skip", "skip", "skip", // diabetes .. aortic_valve_calcification
                "skip",                       // cac_scan, so cac_score does not apply
                "skip",                       // k2_supplement, so k2_dose_mcg does not apply
                "skip",                       // vitamin_d_supplement, so vitamin_d_high does not apply
                "skip",                       // calcium_supplement
                "skip",                       // natto
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
        assertTrue(ask.flat().contains("3 Sex: (skipped) 4 Blood thinner: don't know 5 Kidney disease: (skipped)"),
                ask.out());
        assertFalse(ask.out().contains("Are you pregnant"), "pregnancy is asked only when sex is female or other");
        // And Enter took the questionnaire's defaults, shown beforehand
        assertTrue(ask.out().contains("rarely, sometimes or often (Enter: sometimes) >"), ask.out());
        assertEquals("sometimes", answers.get("k2_foods"));
        assertEquals("learn", answers.get("goal"));
    }

    @Test
    void whenEnterIsPressedWithoutADefault_thenItAsksForAnAnswerInsteadOfGuessing() {
        CliRun ask = CliRun.withInput(CliRun.lines("", "no"), "ask");

        assertTrue(ask.out().contains("Please type an answer, or skip to leave this one unanswered."), ask.out());
        assertTrue(ask.out().contains("Question 2 of about 21"), ask.out());
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
    void whenAtTheSummaryANumberIsTyped_thenThatAnswerIsChangedBeforeTheReport() throws IOException {
        // Given a finished interview where the person changes answer 14 (the calcium scan) to yes at the summary
        Path saved = dir.resolve("change.json");
        String script = CliRun.lines("no", "67", "male", "4", "no", "no", "no", "no", "no", "no", "no", "no", "no",
                "no", "no", "no", "no", "1", "", "yes", "", "14", "yes", "120", "dialysis", "nonsense", "", "quit");

        // When
        CliRun ask = CliRun.withInput(script, "ask", "--save", saved.toString());

        // Then the changed gate brings its own question, and what cannot be changed is explained in words
        assertEquals(0, ask.exit(), ask.err());
        String flat = ask.flat();
        assertTrue(flat.contains("14 Heart calcium scan: no"), flat);
        assertTrue(flat.contains("Change \"Heart calcium scan\": Have you had a heart calcium scan"), flat);
        assertTrue(flat.contains("\"Dialysis\" is asked only when Kidney disease is yes."), flat);
        assertTrue(flat.contains("There is no answer \"nonsense\" to change. Type a number from 1 to 22"), flat);
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
                + "\"smoking\": false, \"family_history\": false, \"cac_scan\": false, \"k2_supplement\": true, "
                + "\"vitamin_d_supplement\": false, \"calcium_supplement\": false, \"natto\": \"never\", \"k2_foods\": \"often\", "
                + "\"physically_active\": true}");

        // When
        CliRun ask = CliRun.withInput(CliRun.lines("male", "100", "3", "", "quit"), "ask", "--answers", partial.toString());

        // Then exactly those three are asked (the dose applies, as the file says k2_supplement: true)
        assertEquals(0, ask.exit(), ask.err());
        assertTrue(ask.flat().contains("Using 19 answers from " + partial + "; about 3 questions left to ask."), ask.out());
        assertTrue(ask.out().contains("Question 1 of about 3: What is your sex?"), ask.out());
        assertTrue(ask.out().contains("Question 2 of about 3: How many micrograms"), ask.out());
        assertTrue(ask.out().contains("Question 3 of about 3: What do you hope"), ask.out());
        assertEquals(3, ask.count("Question "));
        assertTrue(ask.flat().contains("2 Age: 58 years 3 Sex: male"), ask.out());
        assertTrue(ask.flat().contains("K2 per day: 100 µg a day"), ask.out());
        assertTrue(ask.flat().contains("What you hope for: prevent: stop it from starting"), ask.out());
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

        assertTrue(ask.flat().contains("Press Enter to see your report. To change an answer first, type its number"), ask.out());
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
        assertTrue(ask.out().contains(TextReport.trace(report.trace(), 80)), ask.out());
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
                () -> assertTrue(flat.contains("Sorry, 1e999999999 is out of range. Please answer a whole number from 0 to 130 "
                        + "(years), or don't know."), flat),
                () -> assertTrue(flat.contains("Sorry, 1e2147483647 is out of range."), flat),
                () -> assertTrue(flat.contains("Sorry, \"" + "9".repeat(40) + "... (over 1,000 characters)\" is too long."), flat),
                () -> assertEquals(4, ask.count("a whole number from 0 to 130 (years), or don't know >")),
                () -> assertTrue(ask.out().length() < 10_000, "the output has " + ask.out().length() + " characters"),
                () -> assertEquals("k2advisor: stopped before the report; nothing was saved.\n", ask.err()));
    }

    @Test
    void whenALineHoldsControlCharactersOrIsLong_thenItsEchoIsShortAndEscaped() {
        // Given answers with a terminal escape, a bell, and 5,000 characters, read from a pipe
        String script = CliRun.lines("no\u001b]0;pwned\u0007", "no", "x".repeat(5000), "quit");

        // When
        CliRun ask = CliRun.withInput(script, "ask");

        // Then no control character reaches the output, the echo is short, and the length is not understated
        assertAll(
                () -> assertFalse(ask.out().chars().anyMatch(c -> c == 0x1b || c == 0x07), ask.out()),
                () -> assertTrue(ask.out().contains("> no\\u001b]0;pwned\\u0007\n"), ask.out()),
                () -> assertTrue(ask.out().contains("> " + "x".repeat(40) + "... (over 1,000 characters)\n"), ask.out()),
                () -> assertFalse(ask.out().contains("x".repeat(41)), "a long line is echoed in full"),
                () -> assertFalse(ask.out().contains("1001"), ask.out()));
    }

    @Test
    void whenALineIsNotUtf8_thenItIsRefusedSayingSoAndAskedAgain() {
        // Given a Latin-1 answer (\u00e9 as the single byte 0xE9), then a good one
        byte[] script = "no\n67\nf\u00e9male\nfemale\nquit\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        // When
        CliRun ask = CliRun.withBytes(script, "ask");

        // Then it is not read as U+FFFD, but refused naming the byte, and the question comes again
        String flat = ask.flat();
        assertAll(
                () -> assertFalse(ask.out().contains("\uFFFD"), ask.out()),
                () -> assertTrue(flat.contains("Sorry, that line was not read: not UTF-8: byte 0xE9 (byte 2 of the line) is not "
                        + "UTF-8 (Latin-1 or Windows-1252 text?). Please type it again."), flat),
                () -> assertEquals(1, ask.count("Sorry, that line was not read"), ask.out()),
                () -> assertTrue(ask.out().contains("> female\n"), "the answer typed again is read: " + ask.out()));
    }

    @Test
    void whenALongUnknownWordIsTypedAtTheSummaryOrAfterTheReport_thenItIsEchoedShortened() {
        String script = CliRun.lines(EVERY_QUESTION) + CliRun.lines("z".repeat(5000), "", "y".repeat(5000), "quit");

        CliRun ask = CliRun.withInput(script, "ask");

        String flat = ask.flat();
        assertTrue(flat.contains("There is no answer \"" + "z".repeat(40) + "... (over 1,000 characters)\" to change."), flat);
        assertTrue(flat.contains("Unknown command \"" + "y".repeat(40) + "... (over 1,000 characters)\"."), flat);
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
