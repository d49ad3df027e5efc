package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import ru.praktika.platform.TestClockConfiguration;

/**
 * A person's journey in a real headless Chromium against the running application (embedded
 * PostgreSQL, demo users). Screenshots go to target/screenshots/ so anyone can see what a person sees.
 * Every journey also fails on an error in the browser console (a missing resource, a script error, a
 * blocked style).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(TestClockConfiguration.class)
public abstract class BrowserJourney {

    protected static final String PASSWORD = "Praktika-2026";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** How Chromium logs a page or resource that answered with an error status. */
    private static final String FAILED_STATUS = "Failed to load resource: the server responded with a status of";

    @LocalServerPort
    protected int port;

    protected WebDriver browser;
    protected WebDriverWait wait;
    private final Set<String> openedPages = new HashSet<>();

    @BeforeEach
    void openBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=ru-RU",
                "--user-data-dir=" + Files.createTempDirectory("praktika-chrome"));
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.SEVERE);
        options.setCapability(ChromeOptions.LOGGING_PREFS, console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                assertThat(consoleErrors()).as("errors in the browser console").isEmpty();
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * The console's errors since the browser opened, less the error status of a page opened on purpose (404,
     * 403; anything else that page logs, a script error or a CSP refusal, still counts) and the 422 answers with which the application refuses an input and shows why.
     */
    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> openedPages.stream().noneMatch(page -> message.startsWith(page + " - " + FAILED_STATUS)))
                .filter(message -> !message.contains(FAILED_STATUS + " 422"))
                .toList();
    }

    protected void open(String path) {
        String url = "http://localhost:" + port + path;
        openedPages.add(url);
        browser.get(url);
    }

    protected void logIn(String username) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/logout']")));
    }

    protected void logOut() {
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    protected WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Saves what the person sees now as target/screenshots/{name}.png. */
    protected Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, png);
        return file;
    }
}
