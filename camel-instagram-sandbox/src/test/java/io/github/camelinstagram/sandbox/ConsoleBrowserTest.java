package io.github.camelinstagram.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.github.camelinstagram.sandbox.junit.SandboxExtension;
import io.github.camelinstagram.sandbox.state.DefaultSeed;
import io.github.camelinstagram.sandbox.state.Media;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console in a real headless Chromium (Debian's chromium and chromium-driver). Without the browser the test is
 * skipped with a message naming the packages, so that {@code mvn verify} passes on a plain machine; CI, which installs
 * them, sets {@value #REQUIRED} to {@code true}, and the test then fails instead of skipping.
 */
class ConsoleBrowserTest {

    /** Environment variable that makes the browser mandatory (set by .ci/run). */
    static final String REQUIRED = "CAMEL_INSTAGRAM_REQUIRE_BROWSER";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.create().configure(b -> b
            .webhookBatchWindow(Duration.ofMillis(20)));

    @TempDir
    Path profile;

    private WebhookReceiver receiver;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        String missing = "Headless Chromium is needed for the console test: apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv(REQUIRED))) {
            assertTrue(installed, missing + " (" + REQUIRED + "=true)");
        }
        Assumptions.assumeTrue(installed, missing + "; skipped");
        receiver = new WebhookReceiver("console-token");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aFollowerCommentPostedInTheConsoleShowsInTheMediaAndTheDeliveryLog() {
        Media tote = sandbox.server().sandbox().atomically(() -> sandbox.server().sandbox()
                .mediaOf(sandbox.accountId(), false).get(2));
        browser.get(sandbox.server().consoleUrl());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comments-" + tote.id())));

        Select account = new Select(browser.findElement(By.id("account-select")));
        account.selectByValue(DefaultSeed.CREATOR_ID);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("media-" + tote.id())));
        account.selectByValue(sandbox.accountId());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comments-" + tote.id())));
        WebElement hidden = browser.findElement(By.cssSelector("#comments-" + tote.id() + " .hidden-badge"));
        assertEquals("hidden", hidden.getText());

        browser.findElement(By.id("webhook-url")).sendKeys(receiver.url());
        browser.findElement(By.id("webhook-verify-token")).sendKeys("console-token");
        browser.findElement(By.id("webhook-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("webhook-status"), receiver.url()));
        browser.findElement(By.id("subscribe-all")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subscribed-fields"), "comments"));

        new Select(browser.findElement(By.id("follower-select"))).selectByValue(DefaultSeed.BEN);
        new Select(browser.findElement(By.id("comment-media"))).selectByValue(tote.id());
        browser.findElement(By.id("comment-text")).sendKeys("Posted from the console");
        browser.findElement(By.id("comment-submit")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments-" + tote.id()),
                "Posted from the console"));
        WebElement newest = browser.findElements(By.cssSelector("#comments-" + tote.id() + " > li")).get(0);
        assertTrue(newest.getText().contains("@ben_buyer"), newest.getText());
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#delivery-log-body tr.outcome-DELIVERED")));
        WebElement delivered = browser.findElement(By.cssSelector("#delivery-log-body tr.outcome-DELIVERED"));
        assertTrue(delivered.getText().contains("comments"), delivered.getText());
        delivered.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("delivery-payload"),
                "Posted from the console"));
        assertEquals(1, receiver.received().size());
        assertTrue(receiver.received().get(0).text().contains("Posted from the console"));
    }
}
