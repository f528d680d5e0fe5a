package io.sparkop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import io.sparkop.testing.HeadlessChromium;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (headless Chromium) against the operator on the testbed. Run by
 * hack/e2e.d/60-dashboard.sh, which starts the operator, creates the applications and schedule named below
 * and passes -Ddashboard.url; skipped in ./mvnw verify, which has no cluster.
 */
@EnabledIfSystemProperty(named = "dashboard.url", matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    static final String NS = System.getProperty("dashboard.namespace", "e2e-jobs");
    static final String LIVE_APP = "e2e-dash-live";
    static final String LOG_APP = "e2e-dash-log";
    static final String SCHEDULE = "e2e-dash-schedule";
    /** Two applications with drivers that run until told to finish: one change before the tab listening closes, one after. */
    static final String TABS_APP = "e2e-dash-tabs-";
    static final Path SCREENSHOTS = Path.of("target/dashboard-screenshots");
    static final Duration WAIT = Duration.ofSeconds(Long.getLong("dashboard.wait-seconds", 90));

    static WebDriver browser;
    static String base;

    @BeforeAll
    static void openBrowser() throws IOException {
        base = System.getProperty("dashboard.url");
        Files.createDirectories(SCREENSHOTS);
        browser = HeadlessChromium.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void theOverviewCountsStatesAndShowsTheOperatorHealthy() throws IOException {
        browser.get(base + "/");
        assertEquals("Overview", textOf(By.tagName("h1")));
        assertTrue(textOf(By.cssSelector(".cards")).contains("RUNNING"));
        wait(d -> d.findElement(By.id("live-status")).isDisplayed());
        screenshot("overview");
    }

    @Test
    @Order(2)
    void theListFiltersByNamespaceAndTextWithTheFiltersInTheUrl() throws IOException {
        browser.get(base + "/applications");
        new Select(browser.findElement(By.name("namespace"))).selectByVisibleText(NS);
        browser.findElement(By.name("q")).sendKeys("e2e-dash-l");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait(d -> d.getCurrentUrl().contains("q=e2e-dash-l"));
        String table = textOf(By.cssSelector("table.apps tbody"));
        assertTrue(table.contains(LIVE_APP) && table.contains(LOG_APP), table);
        assertFalse(table.contains("e2e-scala"), "filtered out: " + table);
        assertTrue(browser.getCurrentUrl().contains("namespace=" + NS));
        screenshot("applications");
    }

    @Test
    @Order(3)
    void anApplicationsStateChangeArrivesWithoutAReload() throws IOException {
        browser.get(base + "/applications/" + NS + "/" + LIVE_APP);
        ((JavascriptExecutor) browser).executeScript("window.sparkopNotReloaded = true;");
        wait(d -> d.findElement(By.id("live-status")).isDisplayed());
        assertTrue(textOf(By.cssSelector(".summary .state")).contains("RUNNING"));
        screenshot("application-running");
        finishDriver(LIVE_APP + "-driver");
        wait(d -> d.findElement(By.cssSelector(".summary .state")).getText().contains("COMPLETED"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.sparkopNotReloaded === true;"),
                "the page was refreshed in place, not reloaded");
        assertTrue(textOf(By.cssSelector(".timeline")).contains("Terminated"));
        screenshot("application-completed");
    }

    @Test
    @Order(4)
    void theDriverLogShowsHostileLinesAsTextAndANewLineArrivesLive() throws IOException {
        browser.get(base + "/applications/" + NS + "/" + LOG_APP);
        browser.findElement(By.linkText("Driver log")).click();
        wait(d -> d.findElement(By.id("follow-status")).getText().startsWith("Following"));
        String log = browser.findElement(By.id("log")).getText();
        assertTrue(log.contains("Pi is roughly 3.1415 <script>alert('driver log')</script>"), log);
        assertTrue(log.contains("26/01/01 00:00:01 WARN NativeCodeLoader") && !log.contains("[33m"), "ANSI stripped: " + log);

        String line = "a line written at " + Instant.now() + " <b>not bold</b>";
        appendToDriverLog(line);
        wait(d -> d.findElement(By.id("log")).getText().contains(line));
        assertTrue(browser.findElements(By.cssSelector("#log b")).isEmpty(), "the line is text, not markup");
        screenshot("driver-log");
    }

    @Test
    @Order(5)
    void aScheduleReadsItsCronAndListsItsRuns() throws IOException {
        browser.get(base + "/schedules");
        browser.findElement(By.linkText(SCHEDULE)).click();
        wait(d -> d.findElement(By.tagName("h1")).getText().startsWith(SCHEDULE));
        assertTrue(textOf(By.cssSelector(".summary")).contains("every 10s, UTC"));
        wait(d -> !d.findElements(By.cssSelector(".strip .run")).isEmpty());
        screenshot("schedule");
    }

    /**
     * A browser opens at most six connections to one host over HTTP/1.1, and /live holds one open: eight tabs
     * must all load (one tab listens for them all), all see a change, and still see one after that tab closes.
     */
    @Test
    @Order(6)
    void eightTabsAllLoadAndSeeChangesAfterTheListeningTabCloses() throws IOException {
        String list = base + "/applications?namespace=" + NS + "&q=" + TABS_APP;
        List<String> tabs = new ArrayList<>();
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        try {
            for (int i = 0; i < 8; i++) {
                if (i > 0) {
                    browser.switchTo().newWindow(WindowType.TAB);
                }
                browser.get(list);
                wait(d -> d.findElement(By.id("live-status")).isDisplayed());
                ((JavascriptExecutor) browser).executeScript("window.sparkopNotReloaded = true;");
                wait(d -> stateOf(TABS_APP + 1).contains("RUNNING")); // a refresh may replace the row any time
                tabs.add(browser.getWindowHandle());
            }
            screenshot("eight-tabs");

            finishDriver(TABS_APP + 1 + "-driver");
            for (String tab : tabs) {
                browser.switchTo().window(tab);
                wait(d -> stateOf(TABS_APP + 1).contains("COMPLETED"));
            }

            browser.switchTo().window(tabs.get(0)).close(); // the first tab holds the lock, and so the connection
            tabs.remove(0);
            finishDriver(TABS_APP + 2 + "-driver");
            for (String tab : tabs) {
                browser.switchTo().window(tab);
                wait(d -> stateOf(TABS_APP + 2).contains("COMPLETED"));
                assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.sparkopNotReloaded === true;"),
                        "refreshed in place, not reloaded");
            }
        } finally {
            List<String> open = new ArrayList<>(browser.getWindowHandles());
            for (String tab : open.subList(1, open.size())) {
                browser.switchTo().window(tab).close();
            }
            browser.switchTo().window(open.get(0));
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        }
    }

    /**
     * A followed log holds a connection too: a hidden tab closes its stream, and when shown again shows the
     * lines written meanwhile and follows again. (Headless tabs are all visible: the test says when one is not.)
     */
    @Test
    @Order(7)
    void aHiddenLogTabLetsGoOfItsStreamAndCatchesUpWhenShownAgain() throws IOException, InterruptedException {
        browser.get(base + "/applications/" + NS + "/" + LOG_APP);
        browser.findElement(By.linkText("Driver log")).click();
        wait(d -> d.findElement(By.id("follow-status")).getText().startsWith("Following"));

        setVisibility("hidden");
        wait(d -> d.findElement(By.id("follow-status")).getText().startsWith("Paused"));
        String line = "a line written while the tab was hidden, at " + Instant.now();
        appendToDriverLog(line);
        Thread.sleep(3000); // were the stream still open, the line would arrive by now
        assertFalse(browser.findElement(By.id("log")).getText().contains(line), "nothing arrives while hidden");

        setVisibility("visible");
        wait(d -> d.findElement(By.id("log")).getText().contains(line));
        wait(d -> d.findElement(By.id("follow-status")).getText().startsWith("Following"));
        String next = "a line written after the tab was shown again, at " + Instant.now();
        appendToDriverLog(next);
        wait(d -> d.findElement(By.id("log")).getText().contains(next));
        screenshot("driver-log-shown-again");
    }

    /**
     * Without Web Locks (plain HTTP to a host other than localhost is not a secure context) each tab listens
     * itself, but only while visible: hidden, it closes its connection; shown again, it listens and refreshes.
     */
    @Test
    @Order(8)
    void withoutWebLocksATabListensOnlyWhileVisible() throws IOException {
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        try {
            ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                    "Object.defineProperty(Navigator.prototype, 'locks', { get: function () { return undefined; }, configurable: true });"));
            browser.get(base + "/schedules/" + NS + "/" + SCHEDULE);
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return navigator.locks === undefined;"));
            WebElement live = browser.findElement(By.id("live-status"));
            wait(d -> live.isDisplayed());

            setVisibility("hidden");
            wait(d -> !live.isDisplayed());
            setVisibility("visible");
            wait(d -> live.isDisplayed());

            ((JavascriptExecutor) browser).executeScript("window.sparkopNotReloaded = true;");
            String runs = textOf(By.cssSelector(".strip"));
            wait(d -> !d.findElement(By.cssSelector(".strip")).getText().equals(runs)); // a run every 10 s
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.sparkopNotReloaded === true;"),
                    "refreshed in place, not reloaded");
            screenshot("schedule-without-web-locks");
        } finally {
            browser.close();
            browser.switchTo().window(first);
        }
    }

    /** The element's text now: a refresh in place may replace it between finding it and reading it. */
    private static String textOf(By by) {
        return new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(by).getText());
    }

    private static void setVisibility(String state) {
        ((JavascriptExecutor) browser).executeScript("Object.defineProperty(document, 'visibilityState', "
                + "{ value: arguments[0], configurable: true }); document.dispatchEvent(new Event('visibilitychange'));", state);
    }

    private static void appendToDriverLog(String line) throws IOException {
        Files.writeString(Path.of(System.getProperty("dashboard.driver-log")),
                Instant.now() + " stdout F " + line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static String stateOf(String app) {
        return browser.findElement(By.cssSelector("tr[data-name='" + NS + "/" + app + "'] .state")).getText();
    }

    /** The testbed's kwok ends a Running pod one second after its run-seconds annotation allows it. */
    private static void finishDriver(String pod) {
        try {
            Process kubectl = new ProcessBuilder(System.getProperty("dashboard.kubectl", "kubectl"),
                    "--kubeconfig", System.getProperty("dashboard.kubeconfig"), "-n", NS, "annotate", "--overwrite",
                    "pod", pod, "sparkop.test/run-seconds=1").inheritIO().start();
            assertEquals(0, kubectl.waitFor());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void wait(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
