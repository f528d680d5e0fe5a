package io.sparkop.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import io.sparkop.testing.HeadlessChromium;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Actions in a real browser (headless Chromium) against the operator on the testbed, with real RBAC: sign in
 * with a ServiceAccount's token, re-run a finished application, run a schedule now and see the new run appear.
 * Run by hack/e2e.d/85-actions.sh, which passes -Dactions.url and the names; skipped in ./mvnw verify.
 */
@EnabledIfSystemProperty(named = "actions.url", matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActionsBrowserTest {

    static final String NS = System.getProperty("actions.namespace", "e2e-actions");
    static final String FINISHED_APP = System.getProperty("actions.app", "e2e-act-browser");
    static final String SCHEDULE = System.getProperty("actions.schedule", "e2e-act-browser-schedule");
    static final Path SCREENSHOTS = Path.of("target/dashboard-screenshots");
    static final Duration WAIT = Duration.ofSeconds(90);

    static WebDriver browser;
    static String base;

    @BeforeAll
    static void openBrowser() throws IOException {
        base = System.getProperty("actions.url");
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
    void signInWithATokenPastedOnce() throws IOException {
        browser.get(base + "/session");
        browser.findElement(By.id("token")).sendKeys(System.getProperty("actions.token"));
        browser.findElement(By.id("sign-in")).click();
        wait(d -> d.getPageSource().contains("You act as"));
        assertTrue(browser.getPageSource().contains("system:serviceaccount:" + NS + ":"), browser.getPageSource());
        assertTrue(browser.manage().getCookieNamed(Sessions.COOKIE).isHttpOnly());
        screenshot("actions-signed-in");
    }

    @Test
    @Order(2)
    void reRunAFinishedApplicationFromItsPage() throws IOException {
        browser.get(base + "/applications/" + NS + "/" + FINISHED_APP);
        click(By.id("action-rerun"));
        String flash = flash("Done: created");
        Matcher created = Pattern.compile("created (" + Pattern.quote(FINISHED_APP) + "-rerun-[0-9]+)").matcher(flash);
        assertTrue(created.find(), flash);
        String rerun = created.group(1);
        screenshot("actions-rerun-done");
        // the page refreshes itself once the operator's cache has the new application
        wait(d -> d.findElements(By.cssSelector("a.rerun-link")).stream().anyMatch(a -> a.getText().equals(rerun)));
        click(By.linkText(rerun));
        wait(d -> d.findElement(By.tagName("h1")).getText().startsWith(rerun));
        assertEquals(FINISHED_APP, browser.findElement(By.id("rerun-of")).getText());
        screenshot("actions-rerun-page");
    }

    @Test
    @Order(3)
    void runAScheduleNowAndSeeTheNewRunAppear() throws IOException {
        browser.get(base + "/schedules/" + NS + "/" + SCHEDULE);
        click(By.id("action-run"));
        Matcher started = Pattern.compile("started (" + Pattern.quote(SCHEDULE) + "-[0-9]+)").matcher(flash("Done: started"));
        assertTrue(started.find());
        String run = started.group(1);
        wait(d -> d.findElements(By.cssSelector("ol.strip a")).stream().anyMatch(a -> a.getText().contains(run)));
        screenshot("actions-run-now");
    }

    /** The message the action left; it sits outside the part of the page that refreshes itself. */
    private static String flash(String starting) {
        wait(d -> d.findElement(By.id("flash")).getText().startsWith(starting));
        return browser.findElement(By.id("flash")).getText();
    }

    /** Pages refresh their content in place: find and click in one step, again if the element was replaced. */
    private static void click(By by) {
        wait(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    private static void wait(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
