package dev.livechat.application;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian chromium, driven through Debian's chromedriver (no Selenium Manager, no
 * download), shared by the tabs of a test; waits, screenshots, and the axe-core check.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** npm ci there installs it (.ci/run does). */
    static final Path AXE = Path.of("src", "test", "axe", "node_modules", "axe-core", "axe.min.js");

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(15);

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Skips the test where chromium or axe-core is missing, unless -Dlivechat.browser.required=true
     * or the environment says {@code BROWSER_TESTS=required} (what .ci/run sets, so that it runs the
     * README's test command as written).
     */
    static Browser start() {
        boolean required =
                Boolean.getBoolean("livechat.browser.required") || "required".equals(System.getenv("BROWSER_TESTS"));
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Files.isRegularFile(AXE);
        if (required && !present)
            throw new AssertionError("browser tests need " + CHROMIUM + ", " + CHROMEDRIVER + " and " + AXE
                    + " (apt-get install chromium chromium-driver; npm ci in src/test/axe)");
        assumeTrue(present, "chromium, chromedriver or axe-core missing: browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-extensions",
                // the tabs of the story run side by side: none may be slowed for being in the background
                "--disable-background-timer-throttling",
                "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
                "--window-size=1440,900",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    /** Waits until the function answers something other than null or false. */
    <T> T until(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .withMessage(what)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    WebElement find(String css) {
        return until(css, d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    void waitText(String css, String text) {
        until(
                css + " shows " + text,
                d -> d.findElements(By.cssSelector(css)).stream()
                        .anyMatch(e -> e.getText().contains(text)));
    }

    static SearchContext shadow(WebDriver driver, String hostCss) {
        return driver.findElement(By.cssSelector(hostCss)).getShadowRoot();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical violations axe-core finds on the current page (shadow roots included). */
    String accessibilityViolations() {
        try {
            JavascriptExecutor js = driver;
            js.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
            Object found = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                    + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))"
                    + ".join('\\n')), e => done('axe failed: ' + e));");
            return String.valueOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
