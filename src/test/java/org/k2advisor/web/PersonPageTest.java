package org.k2advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.AdviceItem;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.Question;
import org.k2advisor.Report;
import org.k2advisor.TestPacks;
import org.k2advisor.internal.json.AnswersJson;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The page as a person uses it, in a real browser: the form and its skip logic, the report, the
 * emergency stop, the handout, saving and loading answers, the keyboard alone, a phone's screen,
 * and axe-core's accessibility checks.
 */
class PersonPageTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();
    private static Browser browser;

    @BeforeAll
    static void open() {
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void home() {
        browser.emulateMedia("screen");
        browser.home();
    }

    @AfterEach
    void noScriptErrors() {
        assertEquals(List.of(), PageChecks.unexpected(browser.consoleErrors()), browser.serviceLog());
    }

    @Test
    void whenAnAnswerOpensAQuestion_thenItAppearsAndGoesAgainWhenTheAnswerChanges() {
        assertFalse(browser.find("#q-pregnant").isDisplayed(), "not asked before sex is known");

        browser.answer("sex", "female");
        browser.visible("#q-pregnant");
        browser.script("document.getElementById('q-age').scrollIntoView()");
        browser.screenshot("questions");
        browser.answer("sex", "male");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("q-pregnant")));
        browser.answer("kidney_disease", "Yes");

        browser.visible("#q-dialysis");
        assertFalse(browser.find("#q-cac_score").isDisplayed());
    }

    @Test
    void whenAnAnswerIsOutOfRange_thenTheServicesOwnMessageShowsByTheQuestion() {
        browser.type("age", "300");
        browser.find("#q-sex input").click(); // leaving the field is a change

        WebElement error = browser.visible("#age-error");
        InvalidAnswersException invalid = assertThrows(InvalidAnswersException.class,
                () -> ADVISOR.validate(Map.of("age", 300)));
        assertEquals(invalid.problems().get(0).message(), error.getText());
        assertEquals("true", browser.find("#age").getAttribute("aria-invalid"));

        browser.find("#get-report").click();
        browser.waitFor(d -> "age".equals(browser.driver.switchTo().activeElement().getAttribute("id")) ? true : null);
        assertTrue(browser.findAll("#report-body .card").isEmpty(), "no report for answers that cannot be used");
    }

    @Test
    void whenTheReportIsAsked_thenEachCardHasItsCaveatCertaintyBecauseAndSourcesInTheServicesOrder() {
        fillRiskProfile();
        browser.find("#get-report").click();

        List<WebElement> cards = browser.waitFor(d -> {
            List<WebElement> found = browser.findAll("#report-body .card");
            return found.isEmpty() ? null : found;
        });
        Report report = ADVISOR.advise(AnswersJson.parse(PageChecks.RISK));
        assertEquals(report.advice().stream().map(AdviceItem::id).toList(),
                cards.stream().map(card -> card.getAttribute("data-advice")).toList());
        for (int i = 0; i < cards.size(); i++) {
            AdviceItem item = report.advice().get(i);
            WebElement card = cards.get(i);
            assertEquals(item.caveat(), card.findElement(By.cssSelector(".caveat")).getText());
            assertEquals(item.certainty().statement(), card.findElement(By.cssSelector(".certainty")).getText());
            assertEquals(item.sources().size(), card.findElements(By.cssSelector(".sources li")).size());
            item.because().forEach(reason -> assertTrue(card.findElement(By.cssSelector(".because")).getText()
                    .contains(reason.text()), reason.text()));
        }
        assertEquals(ADVISOR.disclaimer(), browser.find("#disclaimer-text").getText());
        assertTrue(browser.find("#educator").isDisplayed());
        browser.script("document.getElementById('report-heading').scrollIntoView()");
        browser.screenshot("report");
    }

    @Test
    void whenUrgentSymptomsAreAnsweredYes_thenOnlyTheEmergencyGuidanceAndTheDisclaimerShow() {
        fillRiskProfile();
        browser.answer("urgent_symptoms", "Yes");

        browser.visible("#report-body .card");
        assertEquals(List.of("emergency_care"), browser.findAll("#report-body .card").stream()
                .map(card -> card.getAttribute("data-advice")).toList());
        assertEquals(List.of("q-urgent_symptoms"), browser.findAll(".question").stream()
                .filter(WebElement::isDisplayed).map(block -> block.getAttribute("id")).toList());
        assertFalse(browser.find("#educator").isDisplayed(), "no reasoning tools beside an emergency");
        assertFalse(browser.find("#print-report").isDisplayed());
        assertTrue(browser.find("#disclaimer").isDisplayed());
        assertEquals(List.of(), PageChecks.serious(browser.axeViolations()), "the emergency view");
        browser.script("document.getElementById('report-heading').scrollIntoView()");
        browser.screenshot("emergency");

        browser.answer("urgent_symptoms", "No");
        browser.visible("#q-goal");
        browser.waitFor(d -> browser.findAll("#report-body .card").isEmpty());
    }

    @Test
    void whenPrinted_thenTheHandoutHasTheReportAndDisclaimerWithoutTheForm() {
        fillRiskProfile();
        browser.find("#get-report").click();
        browser.visible("#report-body .card");

        browser.emulateMedia("print");

        assertFalse(browser.find("#questions").isDisplayed());
        assertFalse(browser.find("#educator").isDisplayed());
        assertTrue(browser.find("#report-body .card").isDisplayed());
        assertTrue(browser.find("#disclaimer").isDisplayed());
        browser.screenshot("handout");
    }

    @Test
    void whenAnswersAreSavedAndLoadedAgain_thenTheFileIsTheAnswersDocumentAndTheReportComesBack() throws Exception {
        fillRiskProfile();
        browser.find("#save-answers").click();
        Path saved = browser.downloads.resolve("k2advisor-answers.json");
        browser.waitFor(d -> Files.exists(saved) ? saved : null);
        assertEquals(AnswersJson.parse(PageChecks.RISK), AnswersJson.parse(Files.readString(saved)));

        browser.home();
        browser.find("#load-answers").sendKeys(saved.toAbsolutePath().toString());

        browser.visible("#report-body .card");
        assertEquals("67", browser.find("#age").getAttribute("value"));
        assertTrue(browser.find("#goal-0").isSelected(), "goal: reverse");
    }

    @Test
    void whenAFileThatIsNotJsonIsLoaded_thenTheServicesProblemIsShown() throws Exception {
        Path file = browser.downloads.resolve("broken.json");
        Files.writeString(file, "{\"age\": 67,");

        browser.find("#load-answers").sendKeys(file.toAbsolutePath().toString());

        WebElement problems = browser.visible("#form-problems");
        assertTrue(problems.getText().contains("answers"), problems.getText());
    }

    @Test
    void whenOnlyTheKeyboardIsUsed_thenTheFormCanBeFilledAndTheReportReached() {
        Actions keys = new Actions(browser.driver);
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("skip", active().getAttribute("class"), "the first stop skips to the questions");
        keys.sendKeys(Keys.ENTER).perform();
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("urgent_symptoms-0", active().getAttribute("id"));
        keys.sendKeys(Keys.ARROW_RIGHT).perform(); // within a radio group the arrows choose
        assertTrue(browser.find("#urgent_symptoms-1").isSelected(), "urgent symptoms: no");
        tabTo("age");
        keys.sendKeys("67").perform();
        tabTo("diabetes-0");
        keys.sendKeys(Keys.SPACE).perform();
        assertTrue(browser.find("#diabetes-0").isSelected());
        tabTo("get-report");
        assertNotEquals("none", browser.script("return getComputedStyle(document.activeElement).outlineStyle"),
                "focus is visible");

        keys.sendKeys(Keys.SPACE).perform();

        browser.visible("#report-body .card");
        browser.waitFor(d -> "report-heading".equals(active().getAttribute("id")) ? true : null);
        assertTrue(browser.findAll("#report-body .card").size() >= 2);
    }

    @Test
    void whenCheckedWithAxe_thenTheFormAndTheReportHaveNoSeriousViolations() {
        assertEquals(List.of(), PageChecks.serious(browser.axeViolations()), "the form");
        fillRiskProfile();
        browser.answer("sex", "female"); // with a question opened by skip logic
        browser.find("#get-report").click();
        browser.visible("#report-body .card");

        assertEquals(List.of(), PageChecks.serious(browser.axeViolations()), "the report");
    }

    @Test
    void whenTheScreenIsAPhones_thenNothingIsWiderThanIt() {
        browser.emulatePhone(375, 812);
        try {
            browser.home();
            fillRiskProfile();
            browser.find("#get-report").click();
            browser.visible("#report-body .card");

            assertEquals(375L, browser.script("return document.documentElement.clientWidth"));
            assertTrue((Long) browser.script("return document.documentElement.scrollWidth") <= 375L,
                    () -> "no sideways scrolling (" + browser.script("return document.documentElement.scrollWidth") + "), but these stick out: " + browser.script(
                            "return [...document.querySelectorAll('body *')]"
                                    + ".filter(e => e.getBoundingClientRect().right > 376 || e.scrollWidth > 376)"
                                    + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right) + '/' + e.scrollWidth).slice(0, 8).join(', ')"));
            assertEquals(List.of(), PageChecks.serious(browser.axeViolations()), "the report on a phone");
            browser.script("document.getElementById('report-heading').scrollIntoView()");
            browser.screenshot("phone");

            browser.find("#toggle-educator").click();
            browser.visible("#diagram-drawing svg");
            browser.visible("#step-view .agenda");
            // The agenda keeps each rule name and column title on one line, and its last column
            // ("Group") is reached by scrolling the table's own box, not the page.
            assertEquals(List.of(), browser.script("""
                    const lines = element => {
                      const range = document.createRange();
                      range.selectNodeContents(element);
                      return new Set([...range.getClientRects()].map(rect => Math.round(rect.top))).size;
                    };
                    return [...document.querySelectorAll('#step-view .agenda code, #step-view .agenda th')]
                      .filter(element => lines(element) > 1).map(element => element.textContent);
                    """), "rule names and titles broken across lines");
            assertEquals(true, browser.script("""
                    const group = document.querySelector('#step-view .agenda th:last-child');
                    const box = group.closest('.table-scroll');
                    if (!box) return 'the table has no scrolling box of its own';
                    box.scrollLeft = box.scrollWidth;
                    const right = group.getBoundingClientRect().right;
                    box.scrollLeft = 0;
                    return right <= document.documentElement.clientWidth + 1 || 'Group ends at ' + right;
                    """));
            assertTrue((Long) browser.script("return document.documentElement.scrollWidth") <= 375L,
                    "the educator's tools fit too");
            assertEquals(List.of(), PageChecks.serious(browser.axeViolations()), "the educator's tools on a phone");
        } finally {
            browser.emulatePhone(0, 0);
        }
    }

    @Test
    void whenASourceIsFollowed_thenItOpensInANewTabAndTheAnswersStay() {
        fillRiskProfile();
        browser.find("#get-report").click();
        browser.visible("#report-body .card");
        List<WebElement> links = browser.findAll("#report-body .sources a");
        assertFalse(links.isEmpty());
        for (WebElement link : links) {
            assertEquals("_blank", link.getAttribute("target"), link.getAttribute("href"));
            assertTrue(link.getAttribute("rel").contains("noopener"), link.getAttribute("rel"));
        }
        String page = browser.driver.getWindowHandle();

        // Pointed at this page, so the test needs no network (and the tab asks for no icon).
        browser.script("arguments[0].href = location.origin + '/'", links.get(0));
        links.get(0).click();

        browser.waitFor(d -> d.getWindowHandles().size() == 2);
        for (String tab : browser.driver.getWindowHandles()) {
            if (!tab.equals(page)) {
                browser.driver.switchTo().window(tab).close();
            }
        }
        browser.driver.switchTo().window(page);
        assertEquals("67", browser.find("#age").getAttribute("value"), "the answers are still there");
        assertTrue(browser.find("#report-body .card").isDisplayed());
    }

    @Test
    void whenAChosenAnswerIsClearedWithTheKeyboard_thenTheQuestionIsBlankAndWhatItOpenedGoes() {
        String pregnant = label("pregnant");
        browser.answer("sex", "female");
        browser.visible("#q-pregnant");
        WebElement changes = browser.find("#question-changes");
        assertEquals("status", changes.getAttribute("role"), "a polite live region");
        browser.waitFor(d -> changes.getAttribute("textContent").contains("New question: " + pregnant));

        browser.find("#sex-0").sendKeys(Keys.TAB); // from the chosen answer, Tab reaches its Clear
        assertEquals("Clear answer: " + label("sex"), active().getAttribute("aria-label"));
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();

        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("q-pregnant")));
        assertTrue(browser.findAll("#q-sex input:checked").isEmpty(), "no answer chosen");
        browser.waitFor(d -> changes.getAttribute("textContent").contains("No longer asked: " + pregnant));
        browser.find("#get-report").click();
        browser.visible("#report-body .card");
    }

    @Test
    void whenWhyWeAskIsReached_thenItSaysWhichQuestionItIsAbout() {
        for (Question question : ADVISOR.questions()) {
            WebElement summary = browser.find("#q-" + question.id() + " summary");
            String described = (String) browser.script(
                    "return document.getElementById(arguments[0].getAttribute('aria-describedby')).textContent", summary);
            assertTrue(described.startsWith(question.label()), question.id() + ": " + described);
        }
    }

    @Test
    void whenTheReportComes_thenItIsNotALiveRegionAndTheFocusGoesToItsHeading() {
        fillRiskProfile();
        browser.find("#get-report").click();
        browser.visible("#report-body .card");

        assertEquals(null, browser.find("#report").getAttribute("aria-live"), "read once, from its heading");
        browser.waitFor(d -> "report-heading".equals(active().getAttribute("id")) ? true : null);
    }

    @Test
    void whenTheCatalogueCannotBeLoaded_thenThePagesOwnDisclaimerStays() {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/v1/catalogue")));
        try {
            browser.driver.get("http://127.0.0.1:" + browser.service.port() + "/");
            browser.waitFor(d -> browser.find("#fields").getText().contains("could not be loaded"));

            String disclaimer = browser.find("#disclaimer").getText();
            assertTrue(disclaimer.contains("education"), disclaimer);
            assertTrue(disclaimer.contains("not medical advice"), disclaimer);
            assertTrue(disclaimer.contains("chest pain") && disclaimer.contains("stroke")
                    && disclaimer.contains("call emergency services"), disclaimer);
        } finally {
            browser.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            browser.driver.executeCdpCommand("Network.disable", Map.of());
            // The blocked request is the one error this test expects in the console.
            assertEquals(List.of(), browser.consoleErrors().stream()
                    .filter(message -> !message.contains("ERR_BLOCKED_BY_CLIENT")).toList());
        }
    }

    private static String label(String question) {
        return ADVISOR.questions().stream().filter(q -> q.id().equals(question)).findFirst().orElseThrow().label();
    }

    private static void fillRiskProfile() {
        PageChecks.fillRiskProfile(browser);
    }

    private static WebElement active() {
        return browser.active();
    }

    private static void tabTo(String id) {
        browser.tabTo("#" + id);
    }

}
