package org.k2advisor.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Assumptions;
import org.k2advisor.TestPacks;
import org.k2advisor.service.AdvisorService;
import org.k2advisor.service.ServiceOptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium, driven through Debian's chromedriver, against a service on a free
 * port: one per test class, since starting a browser is the slow part. Nothing is downloaded:
 * the driver is named by path, so Selenium Manager is never asked. Without the two programs the
 * tests are skipped, unless CI or K2ADVISOR_REQUIRE_BROWSER says they must run.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Held, so the level set on it is not lost when the logger is collected. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    final AdvisorService service;
    final ChromeDriver driver;
    /** Where the browser saves downloads (the answers file). */
    final Path downloads;
    private final ByteArrayOutputStream serviceLog = new ByteArrayOutputStream();

    private Browser(int width, int height) {
        requirePrograms(CHROMIUM, CHROMEDRIVER, System.getenv());
        // Selenium warns through java.util.logging when Chromium is newer than the CDP versions it
        // ships; the tests use only WebDriver and the stable Emulation commands, so that is noise.
        SELENIUM_LOG.setLevel(Level.OFF);
        service = AdvisorService.start(TestPacks.builtIn(), ServiceOptions.defaults().withPort(0),
                new PrintStream(serviceLog, true, StandardCharsets.UTF_8));
        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            downloads = Files.createTempDirectory("k2advisor-downloads");
        } catch (IOException e) {
            service.close();
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--hide-scrollbars", "--force-device-scale-factor=1",
                "--lang=en-GB", "--no-first-run", "--disable-extensions");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        try {
            driver = new ChromeDriver(driverService, options);
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    static Browser open() {
        return new Browser(1000, 900);
    }

    /**
     * Skips (a JUnit assumption) when chromium or chromedriver is missing, or fails when the
     * environment says the browser tests must run: CI, or K2ADVISOR_REQUIRE_BROWSER.
     */
    static void requirePrograms(Path chromium, Path chromedriver, Map<String, String> environment) {
        if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
            return;
        }
        String why = "the browser tests need " + chromium + " and " + chromedriver
                + " (Debian: apt-get install chromium chromium-driver)";
        if (isSet(environment.get("CI")) || isSet(environment.get("K2ADVISOR_REQUIRE_BROWSER"))) {
            fail(why + "; CI or K2ADVISOR_REQUIRE_BROWSER is set, so they may not be skipped");
        }
        Assumptions.abort(why + "; skipped");
    }

    /** Set as CI systems set it: "true", "1", "yes"; not when empty, "false" or "0". */
    private static boolean isSet(String value) {
        return value != null && !value.isBlank() && !List.of("false", "0", "no").contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** Opens the page afresh and waits until the questions have come from the service. */
    void home() {
        driver.get("http://127.0.0.1:" + service.port() + "/");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("q-age")));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    <T> T waitFor(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    WebElement visible(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks the radio button (by its label) of a question's answer. */
    void answer(String question, String label) {
        find("#q-" + question + " .option label").isDisplayed();
        for (WebElement option : findAll("#q-" + question + " .option label")) {
            if (option.getText().equals(label)) {
                option.click();
                return;
            }
        }
        fail("no answer labelled " + label + " for " + question);
    }

    /** The element that has the focus. */
    WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the element matching this CSS selector has the focus (a bounded number of times). */
    void tabTo(String css) {
        Actions keys = new Actions(driver);
        for (int i = 0; i < 150; i++) {
            if (Boolean.TRUE.equals(script("return document.activeElement.matches(arguments[0])", css))) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + css);
    }

    void type(String question, String text) {
        WebElement input = find("#" + question);
        input.clear();
        input.sendKeys(text);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The page as CSS sees it under a media type ("print" or "screen"). */
    void emulateMedia(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** A phone's viewport, or back to the desktop one when width is 0. */
    void emulatePhone(int width, int height) {
        if (width == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
    }

    /** Saves what the viewport shows as docs/screenshots/NAME.png (see {@link Screenshots}). */
    void screenshot(String name) {
        Screenshots.save(name, driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * axe-core's violations of the page as it is now, as "id (impact): help at target" lines. The
     * script comes from the axe-core WebJar on the test class path; WebDriver runs it, so the
     * page's policy of running only its own scripts is left as it is.
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> axeViolations() {
        script(axeSource());
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " targets: v.nodes.map(n => n.target.join(' ')).join('; ')}))))"
                        + ".catch(e => done([{id: 'axe-failed', impact: 'critical', help: String(e), targets: ''}]));");
        return (List<Map<String, Object>>) result;
    }

    private static String axeSource() {
        try (InputStream properties = Browser.class
                .getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties pom = new Properties();
            pom.load(properties);
            String path = "/META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js";
            try (InputStream script = Browser.class.getResourceAsStream(path)) {
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's access log, for failure messages. */
    String serviceLog() {
        return serviceLog.toString(StandardCharsets.UTF_8);
    }

    /** Errors the page's console reported since last asked: script errors and policy violations. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.close();
            try (var files = Files.list(downloads)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
                Files.delete(downloads);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
