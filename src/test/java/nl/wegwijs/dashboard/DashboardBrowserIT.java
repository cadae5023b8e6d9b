package nl.wegwijs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.wegwijs.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard as platform staff use it, in headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardBrowserIT {

    @DynamicPropertySource
    static void staff(DynamicPropertyRegistry registry) {
        DashboardFixtures.registerStaff(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void seed() {
        new DashboardFixtures(jdbc).seed();
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void open() {
        browser = HeadlessChromium.start(1280, 1600);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private void logIn() {
        browser.get(url("/dashboard"));
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        browser.findElement(By.id("username")).sendKeys(DashboardFixtures.USER);
        browser.findElement(By.id("password")).sendKeys(DashboardFixtures.PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/dashboard"));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void logsInSeesTheChartsFiltersExportsAndLogsOut() throws Exception {
        open();
        logIn();

        wait.until(d -> Boolean.TRUE.equals(js("return !!window.wegwijsCharts && Object.keys(window.wegwijsCharts).length >= 6")));
        for (String id : List.of("chart-topics", "chart-languages", "chart-crisis", "chart-jargon", "chart-handoffs",
                "chart-referrals")) {
            assertThat(js("return Chart.getChart(document.getElementById(arguments[0])) != null", id)).as(id).isEqualTo(true);
        }
        assertThat(js("return Chart.getChart(document.getElementById('chart-topics')).data.datasets.map(d => d.label)"))
                .asString().contains("adhd", "pesten").doesNotContain("geheim");
        assertThat(((Number) js("return document.getElementById('chart-topics').height")).intValue()).isPositive();
        assertThat(browser.findElement(By.id("topics-table")).getText()).contains("adhd").doesNotContain("geheimonderwerp");
        screenshot("dashboard.png");

        new Select(browser.findElement(By.id("language"))).selectByValue("tr");
        browser.findElement(By.id("apply")).click();
        wait.until(d -> d.getCurrentUrl().contains("language=tr"));
        assertThat(browser.findElement(By.id("topics-table")).getText()).doesNotContain("adhd");
        assertThat(browser.findElement(By.id("begrippen")).getText()).contains("ots");
        assertThat(new Select(browser.findElement(By.id("language"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("tr");

        String href = browser.findElement(By.cssSelector("#begrippen a.csv")).getAttribute("href");
        assertThat(href).contains("/dashboard/export/jargon.csv").contains("language=tr");
        Object csv = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + r.headers.get('content-type') + '\\n' + t)))",
                href);
        assertThat(csv).asString().startsWith("200 text/csv").contains("begrip,aantal,vragenstellers").contains("ots,5,5")
                .doesNotContain("geheimterm");

        browser.findElement(By.id("logout")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login?logout"));
        browser.get(url("/dashboard/export/topics.csv"));
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        assertThat(browser.getPageSource()).doesNotContain("adhd");
    }

    @Test
    void deniedWithoutLogin() {
        open();
        for (String path : List.of("/dashboard", "/dashboard/summary", "/dashboard/export/crisis.csv")) {
            browser.get(url(path));
            wait.until(d -> d.getCurrentUrl().endsWith("/login"));
            assertThat(browser.findElement(By.id("login")).isDisplayed()).isTrue();
            assertThat(browser.getPageSource()).doesNotContain("huiselijk geweld");
        }
    }

    @Test
    void printsAMonthlySummaryWithItsChart() throws Exception {
        open();
        logIn();
        browser.findElement(By.id("summary-link")).click();
        wait.until(d -> d.getCurrentUrl().contains("/dashboard/summary"));
        String month = java.time.YearMonth.from(java.time.LocalDate.now().minusDays(1)).toString();
        browser.get(url("/dashboard/summary?month=" + month));

        wait.until(d -> Boolean.TRUE.equals(js("return Chart.getChart(document.getElementById('chart-topics')) != null")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Vragen van ouders");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("adhd", "zwemles")
                .doesNotContain("geheim");
        screenshot("dashboard-summary.png");
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
