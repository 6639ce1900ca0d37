package org.jessserver.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A JUnit 5 extension giving a test class one headless Debian Chromium through its chromedriver: waits with a
 * deadline, screenshots under target/screenshots, the URLs the page requested, console errors and a download
 * folder. The class is skipped when the browser is missing, unless JESS_REQUIRE_BROWSER=1 (CI), where it fails.
 */
public final class Browser implements ExecutionCondition, AfterEachCallback, AfterAllCallback {

    /** Debian's paths, set explicitly: these machines cannot download a driver or a browser. */
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The ELF binary, not /usr/bin/chromium: that is a shell wrapper adding flags from /etc/chromium.d. */
    public static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    public static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https", "ws", "wss");

    /**
     * Kept, so that its level holds: Selenium warns that it has no CDP bindings for this Chromium, which only its
     * DevTools API would need; these tests send their few DevTools commands through chromedriver.
     */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
    }

    private ChromeDriver driver;
    private Path downloads;
    private final List<String> requested = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed() || required()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver at " + CHROMIUM + ", " + CHROMEDRIVER
                    + (installed() ? "" : " are missing; JESS_REQUIRE_BROWSER=1, so the test fails on it"));
        }
        return ConditionEvaluationResult.disabled("no Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
                + ": run .ci/install-browser.sh (Debian's chromium and chromium-driver)");
    }

    private static boolean installed() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    private static boolean required() {
        return "1".equals(System.getenv("JESS_REQUIRE_BROWSER"));
    }

    /** The driver, started at the first use. */
    public WebDriver driver() {
        return chrome();
    }

    private ChromeDriver chrome() {
        if (driver == null) {
            if (!installed()) {
                throw new AssertionError("Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER
                        + ") missing although JESS_REQUIRE_BROWSER=1: run .ci/install-browser.sh");
            }
            driver = start();
        }
        return driver;
    }

    private ChromeDriver start() {
        try {
            downloads = Files.createTempDirectory(Path.of("target"), "downloads-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start; the rest keeps a browser with
        // no network from trying its own update, sync and metrics hosts
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // the page's own network events only, read back through the performance log
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // the driver path given to the service makes Selenium skip Selenium Manager, which would download one
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver started = new ChromeDriver(service, options);
        started.manage().timeouts().scriptTimeout(LIMIT);
        return started;
    }

    /** Opens the page at this path (e.g. "/" or "/#/jobs") of the server, logged off: no session cookie. */
    public void openLoggedOff(URL server, String path) {
        WebDriver d = driver();
        d.get(base(server) + path);
        d.manage().deleteAllCookies();
        d.navigate().refresh();
    }

    /** The server's root as the page sees it; the test server listens on loopback only. */
    public static String base(URL server) {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** Waits until the condition gives a value other than null or false; fails with the condition at the limit. */
    public <T> T until(Function<? super WebDriver, T> condition, Duration limit) {
        return new WebDriverWait(driver(), limit).until(condition);
    }

    public <T> T until(Function<? super WebDriver, T> condition) {
        return until(condition, LIMIT);
    }

    /** Waits until the element's text is exactly this text, and says what it last was otherwise. */
    public void untilText(By element, String text, Duration limit) {
        new WebDriverWait(driver(), limit)
                .withMessage(() -> element + " to have the text \"" + text + "\" (it was \"" + textOf(element) + "\")")
                .until(ExpectedConditions.textToBe(element, text));
    }

    public void untilText(By element, String text) {
        untilText(element, text, LIMIT);
    }

    private String textOf(By element) {
        List<WebElement> found = driver().findElements(element);
        return found.isEmpty() ? "<no such element>" : found.get(0).getText();
    }

    public WebElement visible(By element) {
        return until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    public WebElement clickable(By element) {
        return until(ExpectedConditions.elementToBeClickable(element));
    }

    /** Clicks the element, found again if the page redrew it between finding and clicking (a live update may). */
    public void click(By element) {
        until(d -> {
            try {
                WebElement e = d.findElement(element);
                if (!e.isDisplayed() || !e.isEnabled()) {
                    return false;
                }
                e.click();
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    /** Clears the field and types into it. */
    public void type(By field, String text) {
        WebElement e = visible(field);
        e.clear();
        e.sendKeys(text);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(js, args);
    }

    /** Marks the current document, so that {@link #sameDocument()} tells whether the page was reloaded since. */
    public void markDocument() {
        script("window.__jessTestMark = true;");
    }

    public boolean sameDocument() {
        return Boolean.TRUE.equals(script("return window.__jessTestMark === true;"));
    }

    /** A phone's viewport (390 x 844, touch, as a mobile browser lays out) until {@link #desktop()}. */
    public void phone() {
        chrome().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    public void desktop() {
        chrome().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Saves what the viewport shows to target/screenshots/name.png and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder the browser downloads into. */
    public Path downloads() {
        driver();
        return downloads;
    }

    /** Waits until the browser has finished downloading this file (Chromium writes name.crdownload until then). */
    public Path awaitDownload(String name, Duration limit) {
        Path file = downloads().resolve(name);
        Path partial = downloads.resolve(name + ".crdownload");
        return new FluentWait<>(file).withTimeout(limit).pollingEvery(Duration.ofMillis(100))
                .withMessage(() -> "download of " + name + " into " + downloads + " (there: " + listing() + ")")
                .until(f -> Files.isRegularFile(f) && !Files.exists(partial) ? f : null);
    }

    private String listing() {
        try (var files = Files.list(downloads)) {
            return files.map(p -> p.getFileName().toString()).toList().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Every http(s)/ws(s) URL the page requested so far, in order, since the browser started. */
    public List<String> requestedUrls() {
        drainLogs();
        return List.copyOf(requested);
    }

    /** The requested URLs whose host and port are not the server's: the page must load nothing from elsewhere. */
    public List<String> foreignRequests(URL server) {
        String own = "127.0.0.1:" + server.getPort();
        return requestedUrls().stream().filter(u -> !own.equals(hostAndPort(u))).toList();
    }

    private static String hostAndPort(String url) {
        URI u = URI.create(url);
        int port = u.getPort() != -1 ? u.getPort() : u.getScheme().matches("https|wss") ? 443 : 80;
        return u.getHost() + ":" + port;
    }

    /** The console's errors (SEVERE entries: script errors, failed loads) since the browser started. */
    public List<String> consoleErrors() {
        drainLogs();
        return List.copyOf(consoleErrors);
    }

    /** ChromeDriver hands each log entry out once: keep them, so that no test's requests are lost. */
    private void drainLogs() {
        if (driver == null) {
            return;
        }
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String url = requestUrl(e.getMessage());
            if (url != null && WEB_SCHEMES.contains(URI.create(url).getScheme())) {
                requested.add(url);
            }
        }
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(e.getMessage());
            }
        }
    }

    /** The URL of a DevTools event that starts a request or a WebSocket, else null. */
    @SuppressWarnings("unchecked")
    private static String requestUrl(String entry) {
        Map<String, Object> message = (Map<String, Object>) new Json().<Map<String, Object>>toType(entry, Json.MAP_TYPE).get("message");
        Map<String, Object> params = (Map<String, Object>) message.get("params");
        return switch (String.valueOf(message.get("method"))) {
            case "Network.requestWillBeSent" -> (String) ((Map<String, Object>) params.get("request")).get("url");
            case "Network.webSocketCreated" -> (String) params.get("url");
            default -> null;
        };
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // read while the driver lives; a later test's log-off must not lose this test's requests
        drainLogs();
        if (driver != null) {
            if (context.getExecutionException().isPresent()) {
                screenshot("failed-" + context.getRequiredTestMethod().getName());
            }
            desktop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
