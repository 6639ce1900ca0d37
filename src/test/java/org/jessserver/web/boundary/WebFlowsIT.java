package org.jessserver.web.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jessserver.testing.Accessibility;
import org.jessserver.testing.Api;
import org.jessserver.testing.Browser;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.jessserver.testing.OnePass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web page (issue 16) driven in headless Chromium through each of its flows, against the deployed server
 * with the stand-in engine: log-on, submit, live progress, cancel one and many, download, accounts, keyboard
 * use, accessibility, both widths, and no request to another host. Element ids are those of ui-contract.md.
 */
@OnePass
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebFlowsIT extends OnDeployedServer {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** Cancelling waits for the sweeper to stop the cases' processes. */
    private static final Duration CANCEL_LIMIT = Duration.ofSeconds(60);
    private static final By LOGON_EMAIL = By.id("logon-email");
    private static final By JOB_STATUS = By.id("job-status");
    private static final Pattern JOB_URL = Pattern.compile("#/job/(\\d+)$");

    Api api;
    String email;
    JobClient client;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        email = api.newUser("web");
        client = new JobClient(api, api.token(email, Api.PASSWORD));
    }

    @Test
    void aRefusedLogOnShowsTheServersTextThenTheRightPasswordLogsOn() {
        browser.openLoggedOff(deployment, "/");
        browser.type(LOGON_EMAIL, email);
        browser.type(By.id("logon-password"), "not-the-password");
        browser.click(By.id("logon-submit"));
        browser.untilText(By.id("logon-message"), "No matching username and password pair was found!");
        assertFalse(browser.driver().findElement(By.id("app")).isDisplayed(), "the app stays hidden after a refusal");

        logOn(email, Api.PASSWORD);
        assertFalse(browser.driver().findElement(By.id("logon")).isDisplayed(), "the log-on form is hidden once logged on");
        assertFalse(browser.driver().findElement(By.id("nav-accounts")).isDisplayed(), "accounts are for admins only");
    }

    @Test
    void aModelSubmittedByTheFileInputRunsToFinishedOnItsPageAndInTheListWithoutAReload(@TempDir Path dir)
            throws Exception {
        Path model = Files.write(dir.resolve("house.idf"), JobClient.fakeModel("sleep=4"));
        Path weather = Files.write(dir.resolve("site.epw"), JobClient.weather());
        openLoggedOn("/#/submit");
        browser.click(By.id("nav-submit"));
        browser.visible(By.id("submit-send"));
        chooseFiles(model, weather);
        choose(By.id("submit-type"), "EP");
        browser.type(By.id("submit-title"), "Submitted by the page");
        browser.click(By.id("submit-send"));

        long id = jobIdFromUrl();
        browser.markDocument();
        browser.visible(JOB_STATUS);
        assertNotEquals("FINISHED", browser.driver().findElement(JOB_STATUS).getText(),
                "a case of 4 s cannot have finished as the page lands; the test would not see it change");
        browser.untilText(JOB_STATUS, "FINISHED");
        assertTrue(browser.sameDocument(), "FINISHED came live, without a reload");
        assertEquals("FINISHED", client.status(id).getString("data.status"));
        String heading = text(By.id("job-heading"));

        browser.click(By.id("nav-jobs"));
        Row row = row(id);
        browser.untilText(row.cell("td.job-status"), "FINISHED");
        assertBarShows(browser.visible(row.cell("td.job-progress div.progress")), client.status(id).getMap("data.cases"));
        assertEquals("Submitted by the page", text(row.cell("td.job-title")));
        // last, so that a wrong heading does not hide whether the rest of the flow works
        assertEquals("Job " + id + ": Submitted by the page", heading, "the heading of the page the upload lands on");
    }

    @Test
    void aZipDroppedOnTheDropZoneIsSubmitted() throws Exception {
        byte[] zip = JobClient.zip(Map.of("house.idf", JobClient.fakeModel(), "site.epw", JobClient.weather()));
        openLoggedOn("/#/submit");
        WebElement zone = browser.visible(By.id("drop-zone"));
        // WebDriver cannot drag a file from the desktop: the test fires the drop the browser would, with a real File
        browser.script("""
                const [zone, name, b64] = arguments;
                const data = new DataTransfer();
                data.items.add(new File([Uint8Array.from(atob(b64), c => c.charCodeAt(0))], name,
                    {type: 'application/zip'}));
                for (const type of ['dragenter', 'dragover', 'drop']) {
                  zone.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
                }""", zone, "dropped.zip", Base64.getEncoder().encodeToString(zip));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submit-chosen"), "dropped.zip"));
        browser.click(By.id("submit-send"));
        long id = jobIdFromUrl();
        browser.untilText(JOB_STATUS, "FINISHED");
        JsonPath cases = client.request().get(api.url("/jess_web/api/job/cases/" + id)).jsonPath();
        assertEquals(List.of("house.idf"), cases.getList("data.model"), "the zip was unpacked: its model ran");
        assertEquals(List.of("site.epw"), cases.getList("data.weather"), "the zip was unpacked: its weather was used");
        // the cases table follows the job to its end too, not only the status
        browser.untilText(By.cssSelector("#cases-table tr[data-case='1'] td:nth-child(3)"), cases.getString("data[0].state"));
    }

    @Test
    void aRefusedSubmissionShowsTheServersTextNextToTheForm(@TempDir Path dir) throws Exception {
        byte[] model = JobClient.fakeModel();
        String refusal = client.submit(given().multiPart("file", "house.idf", model).multiPart("type", "EP"))
                .getString("status");
        openLoggedOn("/#/submit");
        chooseFiles(Files.write(dir.resolve("house.idf"), model));
        choose(By.id("submit-type"), "EP");
        browser.click(By.id("submit-send"));
        browser.untilText(By.id("submit-message"), refusal);
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/submit"), "a refusal stays on the form");
    }

    @Test
    void aSessionThatEndsBeforeTheUploadBringsBackTheLogOnAndTheFormResumesAfterIt(@TempDir Path dir)
            throws Exception {
        Path model = Files.write(dir.resolve("house.idf"), JobClient.fakeModel());
        Path weather = Files.write(dir.resolve("site.epw"), JobClient.weather());
        openLoggedOn("/#/submit");
        chooseFiles(model, weather);
        browser.type(By.id("submit-title"), "after a new log-on");
        // the session the page's log-on got ends elsewhere (another tab's log-off, an expiry)
        String token = browser.driver().manage().getCookieNamed("session_token").getValue();
        given().cookie("session_token", token).post(api.url("/users/api/logout")).then().statusCode(200);

        browser.click(By.id("submit-send"));
        browser.visible(LOGON_EMAIL);
        logOn(email, Api.PASSWORD);
        browser.visible(By.id("submit-send"));
        assertTrue(text(By.id("submit-chosen")).contains("site.epw"), "the chosen files are kept: " + text(By.id("submit-chosen")));
        assertEquals("after a new log-on", browser.driver().findElement(By.id("submit-title")).getDomProperty("value"));
        browser.click(By.id("submit-send"));
        long id = jobIdFromUrl();
        browser.untilText(JOB_STATUS, "FINISHED");
        assertEquals(List.of(id), client.request().get(api.url("/jess_web/api/jobs")).jsonPath()
                .getList("data.job_SN", Long.class), "one job: the upload the server refused with 401 made none");
    }

    @Test
    void aJobCancelledFromItsPageShowsCanceled() throws Exception {
        long id = runningJob("to cancel");
        openLoggedOn("/#/job/" + id);
        browser.untilText(JOB_STATUS, "QUEUED");
        browser.markDocument();
        browser.click(By.id("job-cancel"));
        browser.click(By.id("cancel-confirm"));
        browser.untilText(JOB_STATUS, "CANCELED", CANCEL_LIMIT);
        assertTrue(browser.sameDocument(), "CANCELED came live, without a reload");
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("job-cancel")));
    }

    @Test
    void selectedRowsAreCancelledAfterTheDryRunPreviewAndMoveToCanceledLive() throws Exception {
        long first = runningJob("bulk one");
        long second = runningJob("bulk two");
        openLoggedOn("/#/jobs");
        browser.markDocument();
        for (long id : List.of(first, second)) {
            browser.untilText(row(id).cell("td.job-status"), "QUEUED");
            browser.click(row(id).cell("input.select-job"));
        }
        browser.click(By.id("cancel-selected"));
        browser.untilText(By.id("bulk-preview"), "2 of 2 job(s) would be flagged for cancel");
        assertEquals(2, browser.driver().findElements(By.cssSelector("#bulk-list li")).size(), "one item per job");
        assertEquals("QUEUED", client.status(first).getString("data.status"), "the preview is a dry run");
        assertFalse(client.status(first).getBoolean("data.cancel_Flag"), "the preview is a dry run");
        browser.click(By.id("bulk-confirm"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bulk-dialog")));
        for (long id : List.of(first, second)) {
            browser.untilText(row(id).cell("td.job-status"), "CANCELED", CANCEL_LIMIT);
        }
        assertTrue(browser.sameDocument(), "the rows moved to CANCELED live, without a reload");
    }

    @Test
    void theZipOfAFinishedJobDownloads() throws Exception {
        long id = finishedJob("to download");
        openLoggedOn("/#/job/" + id);
        browser.untilText(JOB_STATUS, "FINISHED");
        browser.click(By.id("zip-download"));
        Path zip = browser.awaitDownload("job_" + id + ".zip", Browser.LIMIT);
        byte[] head = Files.readAllBytes(zip);
        assertTrue(head.length > 4 && head[0] == 'P' && head[1] == 'K', "a zip, not a JSON refusal: " + zip);
    }

    @Test
    void anAdminCreatesAUserWhoThenLogsOn() {
        String made = "made-" + System.nanoTime() + "@it.example";
        browser.openLoggedOff(deployment, "/");
        logOn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        browser.click(By.id("nav-accounts"));
        browser.type(By.id("account-email"), made);
        browser.type(By.id("account-name"), "Made by the admin");
        browser.type(By.id("account-password"), "made-secret-1");
        choose(By.id("account-role"), "user");
        browser.click(By.id("account-create"));
        browser.untilText(By.id("account-message"), "User " + made + " is created");
        browser.untilText(By.cssSelector("#accounts-table tr[data-email='" + made + "'] td.account-state"), "enabled");

        browser.click(By.id("logoff"));
        browser.visible(LOGON_EMAIL);
        logOn(made, "made-secret-1");
        assertFalse(browser.driver().findElement(By.id("nav-accounts")).isDisplayed(), "the new user is no admin");
    }

    @Test
    void byKeyboardOnlyOneLogsOnAndOpensAJobFromTheList() throws Exception {
        long id = finishedJob("by keyboard");
        browser.openLoggedOff(deployment, "/");
        browser.visible(LOGON_EMAIL);
        tabTo(e -> "logon-email".equals(e.getDomAttribute("id")), "the e-mail field").sendKeys(email);
        tabTo(e -> "logon-password".equals(e.getDomAttribute("id")), "the password field").sendKeys(Api.PASSWORD, Keys.ENTER);
        browser.untilText(By.id("whoami"), email);
        browser.untilText(row(id).cell("td.job-status"), "FINISHED");
        tabTo(e -> ("#/job/" + id).equals(e.getDomAttribute("href")), "the link of job " + id).sendKeys(Keys.ENTER);
        browser.untilText(By.id("job-heading"), "Job " + id + ": by keyboard");
        browser.untilText(JOB_STATUS, "FINISHED");
    }

    @Test
    void theLogOnPageTheJobListAndAJobsPageHaveNoSeriousAccessibilityViolation() throws Exception {
        long id = finishedJob("accessible");
        browser.openLoggedOff(deployment, "/");
        browser.visible(LOGON_EMAIL);
        List<String> logOnPage = Accessibility.seriousViolations(browser.driver());
        logOn(email, Api.PASSWORD);
        browser.untilText(row(id).cell("td.job-status"), "FINISHED");
        List<String> jobList = Accessibility.seriousViolations(browser.driver());
        openJob(id);
        List<String> jobPage = Accessibility.seriousViolations(browser.driver());
        assertAll(
                () -> assertEquals(List.of(), logOnPage, "log-on page"),
                () -> assertEquals(List.of(), jobList, "job list"),
                () -> assertEquals(List.of(), jobPage, "job " + id + "'s page"));
    }

    @Test
    void theJobListAndAJobsPageAreShotAtDesktopAndPhoneWidths() throws Exception {
        finishedJob("finished, one case failed", "exit=3");
        long running = client.submitOk(given()
                .multiPart("file", "quick.idf", JobClient.fakeModel())
                .multiPart("file", "slow.idf", JobClient.fakeModel("hang"))
                .multiPart("file", "w1.epw", JobClient.weather())
                .multiPart("file", "w2.epw", JobClient.weather())
                .multiPart("title", "running, half done"));
        client.awaitStatus(running, s -> s.getInt("data.cases.running") == 2 && s.getInt("data.cases.simulated") == 2,
                Browser.LIMIT);
        try {
            openLoggedOn("/#/jobs");
            browser.untilText(row(running).cell("td.job-status"), "QUEUED");
            browser.visible(row(running).cell("td.job-progress div.progress"));
            shootAtBothWidths("job-list");
            openJob(running);
            browser.until(d -> d.findElements(By.cssSelector("#cases-table tr[data-case]")).size() == 4);
            browser.visible(By.cssSelector("#job-progress div.progress"));
            shootAtBothWidths("job-page");
        } finally {
            client.request().contentType("application/json").body("{\"cmd\":\"Cancel\"}")
                    .post(api.url("/jess_web/api/job/" + running)).then().statusCode(200);
        }
    }

    /** Runs last, over what the browser requested during every flow before it. */
    @Test
    @Order(Integer.MAX_VALUE)
    void thePageRequestedNothingFromAnotherHost() {
        browser.openLoggedOff(deployment, "/");
        browser.visible(LOGON_EMAIL);
        List<String> requested = browser.requestedUrls();
        assertTrue(requested.stream().anyMatch(u -> u.endsWith("/ui/app.js")),
                "the performance log saw the page's own script load, so it sees requests: " + requested);
        assertEquals(List.of(), browser.foreignRequests(deployment), "requests to another host");
        // failed loads are the page's expected probes (a 401 before log-on, a refusal); a script error is a bug
        List<String> scriptErrors = browser.consoleErrors().stream()
                .filter(e -> !e.contains("Failed to load resource")).toList();
        assertEquals(List.of(), scriptErrors, "errors in the browser's console");
    }

    /** Opens the page at this path and logs the test's user on through the form, as people do. */
    private void openLoggedOn(String path) {
        browser.openLoggedOff(deployment, path);
        logOn(email, Api.PASSWORD);
    }

    private void logOn(String who, String password) {
        browser.type(LOGON_EMAIL, who);
        browser.type(By.id("logon-password"), password);
        browser.click(By.id("logon-submit"));
        browser.untilText(By.id("whoami"), who);
        assertTrue(browser.driver().findElement(By.id("app")).isDisplayed(), "the app shows once logged on");
    }

    /** Chooses the files with the file input, as its dialog would, and waits until the page lists them. */
    private static void chooseFiles(Path... files) {
        // the input may be visually hidden inside the drop zone: sendKeys needs it present, not visible
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-files"))).sendKeys(
                Arrays.stream(files).map(f -> f.toAbsolutePath().toString()).collect(Collectors.joining("\n")));
        for (Path f : files) {
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submit-chosen"),
                    f.getFileName().toString()));
        }
    }

    /** Picks the option of this value; an option without a value attribute has its text as value. */
    private static void choose(By select, String value) {
        new Select(browser.visible(select)).getOptions().stream()
                .filter(o -> value.equals(o.getDomProperty("value"))).findFirst()
                .orElseThrow(() -> new AssertionError(select + " has no option of value " + value)).click();
    }

    /** Opens the job from its row in the list, as a user does. */
    private void openJob(long id) {
        browser.click(row(id).cell("td.job-id a"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-heading"), "Job " + id + ":"));
        browser.visible(JOB_STATUS);
    }

    /** One segment per non-zero case state of the status object, each with its count. */
    private static void assertBarShows(WebElement bar, Map<String, Object> cases) {
        Map<String, String> expected = new TreeMap<>();
        cases.forEach((state, n) -> {
            if (!"total".equals(state) && ((Number) n).intValue() > 0) {
                expected.put("seg-" + state, n.toString());
            }
        });
        Map<String, String> shown = new TreeMap<>();
        for (WebElement seg : bar.findElements(By.cssSelector("span.seg"))) {
            String state = Arrays.stream(seg.getDomAttribute("class").split(" ")).filter(c -> c.startsWith("seg-"))
                    .findFirst().orElse("?");
            shown.put(state, seg.getDomAttribute("data-count"));
        }
        assertEquals(expected, shown, "the bar's segments for the cases " + cases);
    }

    private void shootAtBothWidths(String name) {
        browser.screenshot(name + "-1280");
        browser.phone();
        browser.screenshot(name + "-390");
        browser.desktop();
    }

    private long jobIdFromUrl() {
        browser.until(ExpectedConditions.urlMatches(JOB_URL.pattern()));
        Matcher m = JOB_URL.matcher(browser.driver().getCurrentUrl());
        assertTrue(m.find(), browser.driver().getCurrentUrl());
        return Long.parseLong(m.group(1));
    }

    /** Presses Tab until the focus is on the element sought, as a keyboard user would; fails after 60 presses. */
    private WebElement tabTo(Predicate<WebElement> sought, String what) {
        WebDriver d = browser.driver();
        for (int i = 0; i < 60; i++) {
            new Actions(d).sendKeys(Keys.TAB).perform();
            WebElement focused = d.switchTo().activeElement();
            if (sought.test(focused)) {
                return focused;
            }
        }
        return fail("60 presses of Tab never reached " + what);
    }

    /** A job of 6 cases that hang: with 4 workers and a 20 s case limit it stays QUEUED for about 40 s. */
    private long runningJob(String title) throws InterruptedException {
        RequestSpecification parts = given().multiPart("file", "hang.idf", JobClient.fakeModel("hang"))
                .multiPart("title", title);
        for (int i = 1; i <= 6; i++) {
            parts.multiPart("file", "w" + i + ".epw", JobClient.weather());
        }
        long id = client.submitOk(parts);
        client.awaitStatus(id, s -> "QUEUED".equals(s.getString("data.status")), Browser.LIMIT);
        return id;
    }

    private long finishedJob(String title, String... directives) throws InterruptedException {
        long id = client.submitOk(given().multiPart("file", "m.idf", JobClient.fakeModel(directives))
                .multiPart("file", "w.epw", JobClient.weather()).multiPart("title", title));
        assertEquals("FINISHED", client.awaitTerminal(id, Browser.LIMIT).getString("data.status"));
        return id;
    }

    private static String text(By element) {
        return browser.driver().findElement(element).getText();
    }

    private static Row row(long id) {
        return new Row(id);
    }

    /** A job's row in the list, and its cells. */
    private record Row(long id) {
        By cell(String css) {
            return By.cssSelector("#jobs-table tbody tr[data-job='" + id + "'] " + css);
        }
    }
}
