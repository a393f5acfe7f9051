package dev.livechat.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * The seed's story in a real browser: a visitor in the widget of the demo page, operators in the
 * console, the service on loopback with a GreenMail SMTP server. One chromium, one tab per person.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {
    @TempDir
    static Path data;

    GreenMail greenMail;
    Instance service;
    Browser browser;
    WebDriver driver;
    String base;
    String channel;
    Instance.User ana;
    Instance.User bruno;
    Instance.User carla;

    @BeforeAll
    void start() {
        browser = Browser.start(); // skips the class without chromium
        driver = browser.driver;
        int smtp = E2e.freePort();
        greenMail = E2e.greenMail(smtp);
        service = Instance.start(E2e.env(data, E2e.concat(E2e.smtp(smtp), "LIVECHAT_RATE_LIMITS", "off")));
        base = "http://" + E2e.HOST + ":" + service.service.port();
        channel = service.channel("Website support");
        String invoices = service.channel("Invoices");
        ana = service.operator("Ana Lopez", "en", "BE", List.of(), channel);
        bruno = service.operator("Bruno Keller", "en", "CH", List.of("Billing"), invoices);
        carla = service.operator("Carla Rossi", "en", "IT", List.of("Delivery"), invoices);
        for (Instance.User u : List.of(ana, bruno, carla)) service.presence(u, "ONLINE");
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) browser.close();
        } finally {
            if (service != null) service.close();
            if (greenMail != null) greenMail.stop();
        }
    }

    @Test
    void theSeedsStoryFromTheWidgetThroughTheConsole() {
        // a visitor on a website: the launcher, a name, a topic (the chatbot's answer), a first message
        String visitorTab = driver.getWindowHandle();
        driver.get(base + "/demo/?channel=" + channel);
        widget().findElement(By.cssSelector(".launcher")).click();
        widgetField("#lc-name").sendKeys("Marie <b>Dupont</b>");
        widgetField("#lc-email").sendKeys("marie@example.org");
        new Select(widgetField("#lc-topic")).selectByVisibleText("Billing");
        widgetField("#lc-first").sendKeys("My invoice is wrong");
        widget().findElement(By.cssSelector(".start button[type=submit]")).click();
        waitWidgetText(".messages", "My invoice is wrong");
        String id = (String) browser.driver.executeScript(
                "return JSON.parse(localStorage.getItem('livechat.widget.' + arguments[0])).id", channel);
        browser.screenshot("widget-chat");
        assertThat(browser.accessibilityViolations())
                .as("axe on the demo page with the widget open")
                .isEmpty();

        // Ana, assigned, sees it under its channel with the chatbot's answer, and replies
        String anaTab = signIn(ana);
        String item = "#list-root li[data-id='" + id + "']";
        browser.waitText(item, "Marie <b>Dupont</b>");
        browser.find(item + " a").click();
        browser.waitText("[data-section=chatbot]", "Billing");
        browser.waitText("#rule", "");
        WebElement reply = browser.find("#reply");
        reply.sendKeys("Let me check,");
        reply.sendKeys(Keys.SHIFT, Keys.ENTER);
        reply.sendKeys("one moment please" + Keys.ENTER);
        browser.waitText("#messages", "one moment please");
        browser.screenshot("console-in-progress");
        assertThat(browser.accessibilityViolations()).as("axe on the console").isEmpty();

        // Waiting for customer: highlighted with an hourglass, until the visitor answers
        new Select(browser.find("#status")).selectByValue("WAITING_FOR_CUSTOMER");
        browser.find(item + ".waiting .hourglass");
        browser.screenshot("console-waiting-for-customer");
        driver.switchTo().window(visitorTab);
        waitWidgetText(".messages", "one moment please");
        driver.navigate().refresh(); // the visitor's token and stream survive a reload
        widget().findElement(By.cssSelector(".launcher")).click();
        waitWidgetText(".messages", "one moment please");
        WebElement visitorInput = widgetField("#lc-message");
        visitorInput.sendKeys("Thank you" + Keys.ENTER);
        driver.switchTo().window(anaTab);
        browser.waitText("#messages", "Thank you");
        browser.until(
                "back to In progress",
                d -> new Select(d.findElement(By.id("status")))
                        .getFirstSelectedOption()
                        .getAttribute("value")
                        .equals("IN_PROGRESS"));
        browser.until(
                "no more hourglass",
                d -> d.findElements(By.cssSelector(item + ".waiting")).isEmpty());

        // Looking for help: Bruno (Billing) sees the star, Carla does not
        new Select(browser.find("#status")).selectByValue("LOOKING_FOR_HELP");
        browser.find("#list-root .help li[data-id='" + id + "']");
        browser.screenshot("console-looking-for-help");
        String brunoTab = signIn(bruno);
        browser.find("#list-root .help li[data-id='" + id + "'] .star");
        String carlaTab = signIn(carla);
        browser.find("#list-root .help li[data-id='" + id + "']");
        assertThat(driver.findElements(By.cssSelector("#list-root .help li[data-id='" + id + "'] .star")))
                .isEmpty();
        browser.find("#list-root .help li[data-id='" + id + "'] a").click();
        browser.find("#join");

        // Bruno joins; Carla, a moment late, is told who won
        driver.switchTo().window(brunoTab);
        browser.find("#list-root .help li[data-id='" + id + "'] a").click();
        browser.find("#join").click();
        browser.waitText("[data-section=operators]", "Bruno Keller");
        driver.switchTo().window(carlaTab);
        browser.find("#join").click();
        browser.waitText("#panel-notice", "Bruno Keller");
        browser.screenshot("console-join-lost");
        driver.switchTo().window(visitorTab);
        waitWidgetText(".message.system", "Bruno Keller");

        // Bruno's note, tag and expertise survive a reload (and so does his place in the conversation)
        driver.switchTo().window(brunoTab);
        browser.find("#note").sendKeys("Invoice 42 billed twice");
        browser.find("#tag-input").click(); // blur saves the note
        browser.find("#note-edited");
        browser.find("#tag-input").sendKeys("invoice" + Keys.ENTER);
        browser.waitText("#tag-chips", "invoice");
        browser.find("#expertise-input").sendKeys("Refunds" + Keys.ENTER);
        browser.waitText("#expertise-chips", "Refunds");
        driver.navigate().refresh();
        browser.waitText("#note-edited", "Bruno Keller");
        assertThat(browser.find("#note").getAttribute("value")).isEqualTo("Invoice 42 billed twice");
        browser.waitText("#tag-chips", "invoice");
        browser.waitText("#expertise-chips", "Refunds");
        assertThat(browser.find("#expertise-chips").getText()).contains("Billing");
        browser.find(item + " a"); // listed as his, outside his channels, after the reload

        // close: the outcome shows; the transcript goes to the visitor's address, its state shown
        browser.find("#messages");
        browser.find("#reply").sendKeys("Refund on its way" + Keys.ENTER);
        browser.waitText("#messages", "Refund on its way");
        browser.find("#close-conversation").click();
        WebElement outcome = browser.find("#outcome");
        assertThat(outcome.getText()).isNotBlank();
        assertThat(browser.find("#transcript-email").getAttribute("value")).isEqualTo("marie@example.org");
        browser.find("#send-transcript").click();
        browser.find("#transcript-states li[data-state=SENT]");
        browser.screenshot("console-closed");
        assertThat(browser.accessibilityViolations())
                .as("axe on a closed conversation")
                .isEmpty();
        E2e.await(Duration.ofSeconds(10), "the transcript mail", () -> greenMail.getReceivedMessages().length == 1);
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("Refund on its way");

        driver.switchTo().window(visitorTab);
        waitWidget(".ended");
        assertThat(widgetField("#lc-transcript").getAttribute("value")).isEqualTo("marie@example.org");
        widget().findElement(By.cssSelector(".transcript button[type=submit]")).click();
        browser.until(
                "the visitor's transcript state",
                d -> !Browser.shadow(d, "[data-livechat-widget]")
                        .findElement(By.cssSelector(".transcript .state"))
                        .getText()
                        .isBlank());
        browser.screenshot("widget-ended");
        assertThat(browser.accessibilityViolations())
                .as("axe on the ended widget")
                .isEmpty();
    }

    @Test
    void aManagerCreatesAUserSeesTheTokenOnceAndTheReportsAsAChartInFrench() {
        Instance.Visitor guest = service.start(channel, "fr-BE", "Paul Martin", "Bonjour");
        service.http
                .post(Instance.conversation(guest.id(), "/close"), guest.token(), null)
                .hasStatus(200);

        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(base + "/");
        browser.find("#token");
        assertThat(browser.accessibilityViolations())
                .as("axe on the sign-in page")
                .isEmpty();
        browser.find("#token").sendKeys(E2e.ADMIN);
        browser.find("#signin-form button[type=submit]").click();
        browser.find("#views");
        new Select(browser.find("#lang")).selectByValue("fr");
        browser.waitText("#signout", "Se déconnecter");

        browser.find("#views [data-view=users]").click();
        browser.find("#user-name").sendKeys("Dora Petit");
        browser.find("#user-email").sendKeys("dora@example.com");
        new Select(browser.find("#user-channels")).selectByVisibleText("Website support");
        browser.find("#user-form button[type=submit]").click();
        assertThat(browser.find("#created-token").getText()).hasSizeGreaterThan(20);
        browser.waitText("#users-table", "Dora Petit");
        assertThat(browser.accessibilityViolations())
                .as("axe on the users view")
                .isEmpty();

        browser.find("#views [data-view=reports]").click();
        browser.find("#report-form button[type=submit]").click();
        browser.find("#report-chart canvas");
        browser.waitText("#report-table th", "Résultat"); // grouped by outcome, in French
        browser.screenshot("console-reports");
        assertThat(browser.accessibilityViolations()).as("axe on the reports").isEmpty();
        new Select(browser.find("#report-group")).selectByValue("day");
        browser.find("#report-form button[type=submit]").click();
        browser.find("#report-chart canvas");
        new Select(browser.find("#lang")).selectByValue("en");
        browser.waitText("#signout", "Sign out");
    }

    /** Opens a tab of its own (its own sessionStorage) and signs in. */
    private String signIn(Instance.User user) {
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(base + "/");
        browser.find("#token").sendKeys(user.token());
        browser.find("#signin-form button[type=submit]").click();
        browser.waitText("#me-name", user.name());
        return driver.getWindowHandle();
    }

    private SearchContext widget() {
        return browser.until("the widget", d -> Browser.shadow(d, "[data-livechat-widget]"));
    }

    private WebElement widgetField(String css) {
        return browser.until(css, d -> {
            WebElement e = Browser.shadow(d, "[data-livechat-widget]").findElement(By.cssSelector(css));
            return e.isDisplayed() ? e : null;
        });
    }

    private void waitWidget(String css) {
        widgetField(css);
    }

    private void waitWidgetText(String css, String text) {
        browser.until(
                css + " shows " + text,
                d -> Browser.shadow(d, "[data-livechat-widget]").findElements(By.cssSelector(css)).stream()
                        .anyMatch(e -> e.getText().contains(text)));
    }
}
