package org.k2advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.Question;
import org.k2advisor.Render;
import org.k2advisor.Teaching;
import org.k2advisor.TestPacks;
import org.k2advisor.TraceStep;
import org.k2advisor.WhatIfDiff;
import org.k2advisor.internal.json.AnswersJson;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The page as an educator uses it, in a real browser: the firings and the diagram, why and
 * why-not, what-if with the difference marked, and stepping through the firings with the agenda.
 * The browser fills in one profile and opens the reasoning once; each test uses that view.
 */
class EducatorPageTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();
    private static final Map<String, Object> ANSWERS = AnswersJson.parse(PageChecks.RISK);
    private static Browser browser;

    @BeforeAll
    static void openTheReasoning() {
        browser = Browser.open();
        browser.home();
        PageChecks.fillRiskProfile(browser);
        browser.find("#get-report").click();
        browser.visible("#report-body .card");
        browser.find("#toggle-educator").click();
        browser.visible("#firings");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void noScriptErrors() {
        assertEquals(List.of(), PageChecks.unexpected(browser.consoleErrors()), browser.serviceLog());
    }

    @Test
    void whenTheReasoningIsOpened_thenEveryFiringIsListedAndMermaidDrawsTheDiagram() {
        List<String> expected = ADVISOR.advise(ANSWERS).trace().stream().map(TraceStep::rule).toList();

        List<String> listed = browser.findAll("#firings li").stream().map(li -> li.getAttribute("data-rule")).toList();

        assertEquals(expected, listed);
        WebElement drawing = browser.visible("#diagram-drawing svg");
        assertEquals("img", drawing.getAttribute("role"));
        // Every label of the service's diagram (answers, findings, advice, and the rule on each
        // arrow) is drawn in full: its text lies inside its box, so no rule name is cut short.
        Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(Render.mermaid(ADVISOR.advise(ANSWERS)));
        Set<String> labels = new TreeSet<>();
        while (quoted.find()) {
            labels.add(quoted.group(1));
        }
        assertEquals(labels, new TreeSet<>(drawnLabels()));
        browser.script("document.querySelector('#reasoning figure').scrollIntoView({block: 'end'})");
        browser.screenshot("reasoning");
    }

    /**
     * The text of each label of the diagram, with " (cut off)" after it when any of its text lies
     * outside its box (the foreignObject Mermaid clips an HTML label to, unless the page lets it
     * overflow, or a node's shape), and
     * " (broken)" when it is drawn on more than one line (a rule name split mid-word).
     */
    @SuppressWarnings("unchecked")
    private static List<String> drawnLabels() {
        return (List<String>) browser.script("""
                const svg = document.querySelector('#diagram-drawing svg');
                const inside = (inner, outer) => inner.left >= outer.left - 1 && inner.right <= outer.right + 1
                    && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
                return [...svg.querySelectorAll('g.edgeLabel, g.node')]
                  .filter(label => label.textContent.trim() !== '')
                  .map(label => {
                    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
                    const rects = [];
                    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                      if (text.textContent.trim() === '') continue;
                      const range = document.createRange();
                      range.selectNodeContents(text);
                      rects.push(text.parentElement instanceof SVGElement
                        ? text.parentElement.getBoundingClientRect() : range.getBoundingClientRect());
                    }
                    const shape = label.matches('.node')
                      ? label.querySelector(':scope > rect, :scope > path, :scope > polygon, :scope > circle, :scope > g > path')
                      : null;
                    const clip = label.querySelector('foreignObject');
                    const boxes = [svg, clip && getComputedStyle(clip).overflow !== 'visible' ? clip : null, shape]
                      .filter(Boolean).map(box => box.getBoundingClientRect());
                    const whole = rects.every(rect => boxes.every(box => inside(rect, box)));
                    const tops = rects.map(rect => rect.top);
                    const lines = tops.length === 0 ? 0 : 1 + Math.floor((Math.max(...tops) - Math.min(...tops)) / 4);
                    return label.textContent.replace(/\\s+/g, ' ').trim() + (whole ? '' : ' (cut off)')
                      + (lines > 1 ? ' (broken)' : '');
                  });
                """);
    }

    @Test
    void whenWhyIsAskedOfAnItem_thenTheRulesThatGaveItAreShown() {
        browser.find("[data-why=consult_professional]").click();

        WebElement why = browser.waitFor(d -> {
            WebElement output = browser.find("#why-output");
            return output.getText().startsWith("Why:") ? output : null;
        });
        assertTrue(why.getText().contains("advice.consult.risk_factor"), why.getText());
        assertTrue(why.getText().contains("Answer(age = 67)"), why.getText());
    }

    @Test
    void whenWhyNotIsAskedOfAnItemNotInTheReport_thenTheBlockingConditionAndTheAnswerThatWouldChangeItAreShown() {
        new Select(browser.find("#why-not-item")).selectByValue("natto_vka");
        browser.find("#why-not-run").click();

        WebElement whyNot = browser.waitFor(d -> {
            WebElement output = browser.find("#why-not-item").isDisplayed() ? browser.find("#why-output") : null;
            return output != null && output.getText().startsWith("Why not:") ? output : null;
        });
        assertTrue(whyNot.getText().contains("advice.vka.natto: blocked"), whyNot.getText());
        assertTrue(whyNot.getText().contains("Finding(kind == \"medicine\", value == \"vka\"): did not hold"),
                whyNot.getText());
        assertTrue(whyNot.getText().contains("anticoagulant = vka"), whyNot.getText());
        browser.script("document.getElementById('why-heading').scrollIntoView()");
        browser.screenshot("why-not");
    }

    @Test
    void whenAWhatIfIsRun_thenTheAdviceItAddsIsMarkedAndHighlighted() {
        runWhatIf("anticoagulant", "vka");

        Map<String, Object> after = new HashMap<>(ANSWERS);
        after.put("anticoagulant", "vka");
        WhatIfDiff diff = ADVISOR.whatIf(ANSWERS, after);
        List<WebElement> added = browser.findAll("#what-if-output .card.diff-added");
        assertEquals(diff.added().stream().map(AdviceItem::id).toList(),
                added.stream().map(card -> card.getAttribute("data-advice")).toList());
        assertFalse(added.isEmpty());
        for (WebElement card : added) {
            assertEquals("Added", card.findElement(By.cssSelector(".diff-marker")).getText(), "said in words");
            assertNotEquals("rgba(0, 0, 0, 0)", card.getCssValue("background-color"), "and in colour");
        }
        browser.script("document.getElementById('what-if-heading').scrollIntoView()");
        browser.screenshot("what-if");
    }

    @Test
    void whenAWhatIfIsOffered_thenOnlyTheQuestionsThatApplyToTheseAnswersAreListed() {
        List<String> applicable = ADVISOR.applicableQuestions(ANSWERS).stream().map(Question::id).toList();

        List<String> offered = new Select(browser.visible("#what-if-question")).getOptions().stream()
                .map(option -> option.getAttribute("value")).toList();

        assertEquals(applicable, offered);
        assertFalse(offered.contains("pregnant"), "not asked before sex is known");
    }

    @Test
    void whenAWhatIfRemovesAdvice_thenItIsMarkedRemovedAndIndicatorsAreInThePagesWords() {
        runWhatIf("urgent_symptoms", "yes");

        Map<String, Object> after = new HashMap<>(ANSWERS);
        after.put("urgent_symptoms", true);
        WhatIfDiff diff = ADVISOR.whatIf(ANSWERS, after);
        assertEquals(diff.added().stream().map(AdviceItem::id).toList(), ids("#what-if-output .card.diff-added"));
        assertEquals(diff.removed().stream().map(AdviceItem::id).toList(), ids("#what-if-output .card.diff-removed"));
        assertEquals(1, diff.added().size());
        assertEquals(3, diff.removed().size());
        for (WebElement card : browser.findAll("#what-if-output .card.diff-removed")) {
            assertEquals("Removed", card.findElement(By.cssSelector(".diff-marker")).getText());
        }
        // The words each indicator has on the cards, which "Changed" must use too.
        Map<String, String> words = new HashMap<>();
        for (WebElement card : browser.findAll(".card")) {
            String indicator = card.getAttribute("class").split(" ")[1];
            String word = card.findElement(By.cssSelector(".indicator")).getText();
            assertNotEquals(indicator, word, "a word, not the internal id");
            assertEquals(words.getOrDefault(indicator, word), word, "the same word on every card");
            words.put(indicator, word);
        }
        assertTrue(words.keySet().containsAll(List.of("critical", "warning")), words.toString());
        // No answer changes an item's indicator in the built-in pack, so the page's own text for
        // a change is asked directly.
        Object changed = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import('/whatif.js').then(m => done(m.changedText("
                        + "{before: {indicator: 'warning'}, after: {indicator: 'critical'}}))).catch(e => done(String(e)));");
        assertEquals("Changed: was " + words.get("warning") + ", now " + words.get("critical"), changed);
    }

    @Test
    void whenOnlyTheKeyboardIsUsed_thenWhyWhyNotWhatIfAndTheStepperAllWork() {
        Actions keys = new Actions(browser.driver);
        browser.script("document.getElementById('toggle-educator').focus()");

        browser.tabTo("[data-why]");
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> browser.find("#why-output").getText().startsWith("Why:"));

        browser.tabTo("#why-not-item");
        String first = new Select(browser.find("#why-not-item")).getFirstSelectedOption().getAttribute("value");
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        assertNotEquals(first, new Select(browser.find("#why-not-item")).getFirstSelectedOption().getAttribute("value"),
                "the arrows choose");
        browser.tabTo("#why-not-run");
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> browser.find("#why-output").getText().startsWith("Why not:"));

        browser.script("document.getElementById('what-if-output').replaceChildren()");
        browser.tabTo("#what-if-question");
        keys.sendKeys(Keys.ARROW_DOWN).perform(); // the second question that applies: age
        assertEquals("age", new Select(browser.find("#what-if-question")).getFirstSelectedOption().getAttribute("value"));
        browser.tabTo("#what-if-answer");
        keys.sendKeys("45").perform();
        browser.tabTo("#what-if-run");
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> browser.find("#what-if-output").getText().contains("67 → 45"));

        browser.tabTo("#step-next");
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> browser.find("#step-status").getText().startsWith("Firing 1 of "));
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> browser.find("#step-status").getText().startsWith("Firing 2 of "));
        keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals("step-previous", browser.active().getAttribute("id"));
        keys.sendKeys(Keys.ENTER).sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> browser.find("#step-status").getText().startsWith("Before any rule fires"));
        assertEquals("step-next", browser.active().getAttribute("id"), "Previous is disabled at the start; the focus is not lost");
        assertNotEquals("none", browser.script("return getComputedStyle(document.activeElement).outlineStyle"),
                "focus is visible");
    }

    /** Runs a what-if from a blank output, so an earlier run's cards are never taken for its own. */
    private static void runWhatIf(String question, String value) {
        browser.script("document.getElementById('what-if-output').replaceChildren()");
        new Select(browser.visible("#what-if-question")).selectByValue(question);
        WebElement answer = browser.find("#what-if-answer");
        if ("select".equals(answer.getTagName())) {
            new Select(answer).selectByValue(value);
        } else {
            answer.sendKeys(value);
        }
        browser.find("#what-if-run").click();
        browser.waitFor(d -> browser.find("#what-if-output").getText().startsWith("What changes"));
    }

    private static List<String> ids(String css) {
        return browser.findAll(css).stream().map(card -> card.getAttribute("data-advice")).toList();
    }

    @Test
    void whenSteppingThroughTheFirings_thenEachShowsTheAgendaAndTheRuleThatFires() {
        WebElement status = browser.visible("#step-status");
        assertTrue(status.getText().startsWith("Before any rule fires"), status.getText());
        assertTrue(browser.find("#step-previous").getAttribute("disabled") != null);

        try (Teaching teaching = ADVISOR.teach(ANSWERS)) {
            int shown = 0;
            for (var step = teaching.next(); step.isPresent(); step = teaching.next()) {
                String rule = step.get().firing().rule();
                assertEquals(rule, browser.find("#step-view .agenda tbody tr:first-child code").getText(),
                        "the rule about to fire heads the agenda");
                browser.find("#step-next").click();
                shown++;
                assertTrue(status.getText().startsWith("Firing " + shown + " of "), status.getText());
                assertTrue(status.getText().endsWith(rule + "."), status.getText());
                assertEquals(teaching.workingMemory(), browser.findAll("#step-view .memory li code").stream()
                        .map(WebElement::getText).toList().subList(0, teaching.workingMemory().size()));
                if (shown == 3) {
                    browser.script("document.querySelector('#step-view .agenda').scrollIntoView()");
                    browser.screenshot("steps");
                }
            }
        }
        assertTrue(browser.find("#step-next").getAttribute("disabled") != null, "the last firing is the end");
        browser.find("#step-previous").click();
        assertFalse(browser.find("#step-next").getAttribute("disabled") != null);
    }

    @Test
    void whenCheckedWithAxe_thenTheEducatorsViewHasNoSeriousViolations() {
        browser.find("[data-why=reversal_not_shown]").click();
        browser.waitFor(d -> browser.find("#why-output").getText().startsWith("Why:"));
        runWhatIf("anticoagulant", "vka"); // cards with h6 headings under h5 sections
        browser.find("#step-next").click(); // a firing, its memory and the agenda
        browser.waitFor(d -> browser.find("#step-status").getText().startsWith("Firing 1 of "));

        List<Map<String, Object>> violations = browser.axeViolations();
        assertEquals(List.of(), PageChecks.serious(violations));
        assertEquals(List.of(), violations.stream().filter(v -> "heading-order".equals(v.get("id")))
                .map(v -> String.valueOf(v.get("targets"))).toList(), "headings go down one level at a time");
        assertEquals(List.of(), browser.script("""
                const body = parseFloat(getComputedStyle(document.body).fontSize);
                return [...document.querySelectorAll('h4, h5, h6')]
                  .filter(heading => heading.offsetParent !== null && parseFloat(getComputedStyle(heading).fontSize) < body)
                  .map(heading => heading.tagName + ': ' + heading.textContent);
                """), "no heading smaller than the text under it");
        browser.find("#step-previous").click();
    }
}
