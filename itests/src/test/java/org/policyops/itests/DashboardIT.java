package org.policyops.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policyops.testing.Waiting;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web dashboard in a real browser: Debian's headless Chromium, driven through chromium-driver, against the
 * distribution run as a process (one start for the whole class, with the UK example plugin in deploy/ and 30 days of
 * KPI history backfilled). Each page loads, shows the values the REST API answers, and leaves nothing in the browser's
 * console; a screenshot of each page is written to target/dashboard/ (the ones in docs/images/ come from there).
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DashboardIT {

    private static final String PASSWORD = "Dashboard-" + UUID.randomUUID();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static KarafProcess karaf;
    private static Api api;
    private static String admin;
    private static ChromeDriver browser;
    private static Path screenshots;

    @BeforeClass
    public static void start() throws Exception {
        File chromium = new File("/usr/bin/chromium");
        File driver = new File("/usr/bin/chromedriver");
        assertTrue("DashboardIT needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver"
                + " (.ci/run installs them)", chromium.canExecute() && driver.canExecute());
        karaf = KarafProcess.unpack();
        // A plugin for the inventory and the readiness board, installed by the deployer at boot.
        Path uk = Paths.get(System.getProperty("policyops.example.uk"));
        Files.copy(uk, karaf.home.resolve("deploy").resolve(uk.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        karaf.start(Map.of("POLICYOPS_ADMIN_PASSWORD", PASSWORD));
        api = karaf.api();
        api.awaitHealthy(Duration.ofSeconds(120));
        admin = Api.basic("admin", PASSWORD);
        Waiting.waitForAssert(WAIT, () -> assertEquals(1, get("/api/plugins").json().path("total").asInt()));
        // History for the trend charts: the KPIs that can compute past days, for the 30 days before yesterday.
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        Api.Response backfill = api.send("POST", "/api/metrics/snapshots", null, "application/json",
                Api.json(Map.of("from", yesterday.minusDays(30).toString(), "to", yesterday.minusDays(1).toString())),
                Map.of("Authorization", admin));
        assertEquals(backfill.toString(), 200, backfill.status());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1300",
                "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver)
                .withLogFile(new File("target/dashboard-chromedriver.log")).build(), options);
        screenshots = Paths.get("target", "dashboard");
        Files.createDirectories(screenshots);
    }

    @AfterClass
    public static void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (karaf != null) {
            karaf.close();
        }
    }

    /** Whatever a test did, the browser's console has no error and no warning. */
    @After
    public void consoleIsClean() {
        assertEquals("browser console", List.of(), consoleProblems());
    }

    @Test
    public void a_loginIsNeededAndA401LeadsBackToIt() {
        browser.get(url("/ui/"));
        waitFor(() -> assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().endsWith("/ui/login.html?next=index.html")));

        logIn("admin", "not-the-password");
        waitFor(() -> assertEquals("Wrong user name or password.", text("#login-note")));
        assertTrue(browser.getCurrentUrl().endsWith("/ui/login.html?next=index.html"));
        // The refused login is the one error the console shows: the browser reports the 401 it received.
        List<String> problems = consoleProblems();
        assertEquals(problems.toString(), 1, problems.size());
        assertTrue(problems.toString(), problems.get(0).contains("/api/health") && problems.get(0).contains("401"));

        logIn("admin", PASSWORD);
        waitFor(() -> assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().endsWith("/ui/index.html")));
        waitFor(() -> assertEquals("admin", text("#user")));
        assertFalse("no credentials in addresses", browser.getCurrentUrl().contains(PASSWORD));

        // Credentials the API no longer accepts (a changed password): the next call answers 401, back to the login.
        ((JavascriptExecutor) browser).executeScript(
                "sessionStorage.setItem('policyops.credentials', arguments[0])", Api.basic("admin", "changed"));
        browser.get(url("/ui/plugins.html"));
        waitFor(() -> assertTrue(browser.getCurrentUrl(),
                browser.getCurrentUrl().endsWith("/ui/login.html?next=plugins.html&reason=expired")));
        assertEquals("The API did not accept your login any more: log in again.", text("#login-note"));
        problems = consoleProblems();
        assertFalse(problems.isEmpty());
        assertTrue(problems.toString(), problems.stream().allMatch(p -> p.contains("401")));

        logIn("admin", PASSWORD);
        waitFor(() -> assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().endsWith("/ui/plugins.html")));
        browser.findElement(By.id("logout")).click();
        waitFor(() -> assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().contains("/ui/login.html?next=plugins.html&reason=logout")));
        assertEquals(null, ((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('policyops.credentials')"));
    }

    @Test
    public void d_scorecardShowsEveryKpiWithItsStatus() throws IOException {
        // Yesterday's daily snapshot gives the KPIs that cannot be backfilled their values; the scheduler takes it at
        // its first look (once a minute) after every domain is ready, which the tests before this one leave time for.
        Waiting.waitForAssert(Duration.ofSeconds(150), () -> {
            for (JsonNode v : get("/api/metrics/scorecard?region=UK").json().path("kpis")) {
                if (v.path("kpiId").asText().equals("training-coverage")) {
                    assertTrue(v.toString(), v.path("value").isNumber());
                }
            }
        });
        open("index.html", "Scorecard");
        JsonNode scorecard = get("/api/metrics/scorecard").json().path("kpis");
        int overall = 0;
        for (JsonNode v : scorecard) {
            if (v.path("dimensions").size() > 0) {
                continue;
            }
            overall++;
            WebElement card = waitForElement("#scorecard [data-kpi='" + v.path("kpiId").asText() + "']");
            assertEquals(v.path("kpiId").asText(), v.path("status").asText(), card.getAttribute("data-status"));
            assertEquals(v.path("name").asText(), card.findElement(By.tagName("h2")).getText());
            assertEquals(format(v.path("value"), v.path("unit").asText()), card.findElement(By.className("value")).getText());
        }
        assertTrue("the sample data gives every KPI an overall entry", overall >= 7);
        assertEquals(overall, browser.findElements(By.cssSelector("#scorecard .card")).size());
        // The statuses are told apart by colour: the top border of a critical card is red, of one on target green.
        assertEquals("rgba(198, 40, 40, 1)", browser.findElement(By.cssSelector(".card.status-CRITICAL"))
                .getCssValue("border-top-color"));
        assertEquals(7, browser.findElements(By.cssSelector("#by-region tbody tr")).size());
        screenshot("scorecard");

        // One region: the cards show that region's values.
        new Select(browser.findElement(By.id("region"))).selectByValue("UK");
        waitFor(() -> assertEquals("UK", browser.findElement(By.id("scorecard")).getAttribute("data-region")));
        int uk = 0;
        for (JsonNode v : get("/api/metrics/scorecard?region=UK").json().path("kpis")) {
            if (!"UK".equals(v.path("dimensions").path("region").asText())) {
                continue;
            }
            uk++;
            WebElement card = browser.findElement(By.cssSelector("#scorecard [data-kpi='" + v.path("kpiId").asText() + "']"));
            assertEquals(v.path("status").asText(), card.getAttribute("data-status"));
            assertEquals(format(v.path("value"), v.path("unit").asText()), card.findElement(By.className("value")).getText());
        }
        assertTrue("the UK has values of most KPIs: " + uk, uk >= 5);
        assertEquals("UK cards", 7, browser.findElements(By.cssSelector("#scorecard .card")).size());
        new Select(browser.findElement(By.id("region"))).selectByValue("");
        waitFor(() -> assertEquals("", browser.findElement(By.id("scorecard")).getAttribute("data-region")));
    }

    @Test
    public void e_trendsDrawAChartPerKpi() throws IOException {
        open("trends.html", "KPI trends");
        JsonNode kpis = get("/api/metrics/kpis").json();
        for (JsonNode kpi : kpis) {
            String id = kpi.path("id").asText();
            WebElement section = waitForElement("#charts [data-kpi='" + id + "']");
            JsonNode overall = line(get("/api/metrics/kpis/" + id + "/series").json(), null);
            assertEquals(id, Integer.toString(overall.size()), section.getAttribute("data-points"));
            if (overall.size() > 0) {
                JsonNode latest = overall.get(overall.size() - 1);
                assertTrue(id, section.findElement(By.className("caption")).getText()
                        .startsWith("Latest " + format(latest.path("value"), kpi.path("unit").asText())));
                // ECharts drew it: a canvas of the chart's size.
                assertFalse(id, section.findElements(By.cssSelector(".chart canvas")).isEmpty());
            }
        }
        JsonNode backfilled = line(get("/api/metrics/kpis/time-to-deploy-median/series").json(), null);
        assertTrue("the backfilled days are drawn: " + backfilled.size(), backfilled.size() >= 20);
        screenshot("trends");

        // The region filter asks for the region's series.
        new Select(browser.findElement(By.id("region"))).selectByValue("IN");
        waitFor(() -> assertEquals("IN", browser.findElement(By.id("charts")).getAttribute("data-region")));
        JsonNode india = line(get("/api/metrics/kpis/time-to-deploy-median/series?region=IN").json(), "IN");
        assertTrue("India's backfilled days: " + india.size(), india.size() >= 20);
        WebElement section = browser.findElement(By.cssSelector("#charts [data-kpi='time-to-deploy-median']"));
        assertEquals(Integer.toString(india.size()), section.getAttribute("data-points"));
        assertEquals(india.get(india.size() - 1).path("value").asText(), section.getAttribute("data-latest"));
    }

    @Test
    public void b_readinessBoardShowsEachOpenRegionWithItsBlockers() throws IOException {
        open("readiness.html", "Launch readiness");
        waitForElement("#board tbody tr");
        // Sample launch 1 (Hate speech v3.1, still in testing) is NO_GO everywhere; the UK pack's rule judges UK too.
        JsonNode readiness = get("/api/launches/1/readiness").json();
        for (JsonNode region : readiness.path("regions")) {
            WebElement cell = browser.findElement(By.cssSelector(
                    "#board tr[data-launch='1'] td[data-region='" + region.path("region").asText() + "']"));
            assertEquals(region.path("readiness").asText(), cell.getAttribute("data-readiness"));
            assertEquals("NO_GO", cell.getAttribute("data-readiness"));
            for (JsonNode rule : region.path("blockingRules")) {
                assertTrue(cell.getText(), cell.getText().contains(rule.asText()));
            }
        }
        WebElement uk = browser.findElement(By.cssSelector(".blocker[data-launch='1'][data-region='UK']"));
        assertFalse(uk.findElements(By.cssSelector("[data-rule='platform.version-ready']")).isEmpty());
        // Launch 2 (Harassment & bullying v2.0 to BR and US) is GO: the version is in training.
        assertEquals("GO", browser.findElement(By.cssSelector("#board tr[data-launch='2'] td[data-region='BR']"))
                .getAttribute("data-readiness"));
        assertEquals("rgba(230, 244, 234, 1)", browser.findElement(By.cssSelector("#board tr[data-launch='2'] td[data-region='BR']"))
                .getCssValue("background-color"));
        // Completed launches are not on the board: sample launch 4 (India, enforcing).
        assertTrue(browser.findElements(By.cssSelector("#board tr[data-launch='4']")).isEmpty());
        screenshot("readiness");
    }

    @Test
    public void c_pluginInventoryListsTheDeployedPlugin() throws IOException {
        open("plugins.html", "Plugins");
        JsonNode plugin = get("/api/plugins").json().path("items").get(0);
        WebElement row = waitForElement("#plugins tr[data-plugin='org.policyops.examples.uk']");
        assertTrue(row.getText(), row.getText().contains(plugin.path("name").asText()));
        assertEquals("ACTIVE", row.findElement(By.className("state")).getText());
        List<String> ids = new ArrayList<>();
        plugin.path("rules").forEach(r -> ids.add(r.path("id").asText()));
        assertEquals(String.join(", ", ids), row.findElement(By.className("rules")).getText());
        screenshot("plugins");
    }

    @Test
    public void f_pagesSayWhatIsNotRunning() throws Exception {
        // The launches bundle (readiness) and the plugins bundle (the inventory) stopped, as if not installed.
        karaf.console("admin", PASSWORD, "bundle:stop org.policyops.plugins org.policyops.launches");
        Waiting.waitForAssert(WAIT, () -> assertEquals(404, get("/api/plugins").status()));
        api.awaitApiServed(WAIT);

        open("readiness.html", "Launch readiness");
        waitFor(() -> assertTrue(text("#messages"), text("#messages").contains("The launches feature is not installed or not running")));
        assertTrue(text("footer"), text("#stopped").contains("launches (RESOLVED)"));
        assertTrue(browser.findElements(By.cssSelector("#board tbody tr")).isEmpty());

        open("plugins.html", "Plugins");
        waitFor(() -> assertTrue(text("#messages"), text("#messages").contains("The plugin inventory comes with the launches feature")));

        // The scorecard still shows the KPIs of the domains that run.
        open("index.html", "Scorecard");
        waitForElement("#scorecard [data-kpi='training-coverage']");
        // The browser reports the inventory's 404 and health's 503 (a domain is down); nothing else.
        List<String> problems = consoleProblems();
        assertTrue(problems.toString(), problems.stream().allMatch(p -> p.contains("/api/plugins") && p.contains("404")
                || p.contains("/api/health") && p.contains("503")));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static String url(String path) {
        return "http://localhost:" + karaf.httpPort + path;
    }

    private static Api.Response get(String path) {
        return api.send("GET", path, null, null, null, Map.of("Authorization", admin));
    }

    /** Opens a page, logging in first when the browser has no login, and waits until its heading shows. */
    private static void open(String page, String title) {
        browser.get(url("/ui/" + page));
        if (browser.getCurrentUrl().contains("/ui/login.html")) {
            logIn("admin", PASSWORD);
        }
        waitFor(() -> assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().endsWith("/ui/" + page)));
        waitFor(() -> assertEquals(title, text("h1")));
        assertEquals(title + " · PolicyOps", browser.getTitle());
        waitForElement("#installed");
    }

    private static void logIn(String user, String password) {
        waitForElement("#login");
        WebElement name = browser.findElement(By.id("user"));
        name.clear();
        name.sendKeys(user);
        WebElement secret = browser.findElement(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        browser.findElement(By.id("submit")).click();
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static WebElement waitForElement(String css) {
        return new WebDriverWait(browser, WAIT).until(b -> {
            List<WebElement> found = b.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    private static void waitFor(Waiting.Assertion assertion) {
        Waiting.waitForAssert(WAIT, assertion);
    }

    /** The points of one series line: the region's, or (null) the one over everything. */
    private static JsonNode line(JsonNode series, String region) {
        for (JsonNode line : series.path("series")) {
            JsonNode dimensions = line.path("dimensions");
            if (region == null ? dimensions.size() == 0 : region.equals(dimensions.path("region").asText())) {
                return line.path("points");
            }
        }
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }

    /** A value as the dashboard writes it (app.js's format): ratios in percent, one decimal. */
    private static String format(JsonNode value, String unit) {
        if (value.isMissingNode() || value.isNull()) {
            return "–";
        }
        double v = value.asDouble();
        return switch (unit) {
            case "ratio" -> toFixed1(v * 100) + " %";
            case "days" -> toFixed1(v) + " days";
            default -> toFixed1(v);
        };
    }

    /**
     * JavaScript's {@code toFixed(1)}: rounds the double's exact binary value, so 88.85 (stored as 88.8499…) gives
     * 88.8, where {@code String.format} rounds the decimal 88.85 up to 88.9.
     */
    private static String toFixed1(double v) {
        return new java.math.BigDecimal(v).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Errors and warnings in the browser's console since the last call (the driver hands each entry once). */
    private static List<String> consoleProblems() {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        return problems;
    }

    private static void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve("dashboard-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
