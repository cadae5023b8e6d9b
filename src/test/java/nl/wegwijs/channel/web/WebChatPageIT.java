package nl.wegwijs.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.wegwijs.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The chat page as a parent on a phone uses it, in headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebChatPageIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait openOnAPhone() {
        browser = HeadlessChromium.start(390, 844);
        browser.get("http://localhost:" + port + "/");
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private List<WebElement> botMessages() {
        return browser.findElements(By.cssSelector(".msg.bot"));
    }

    @Test
    void greetsAndSwitchesToArabicRightToLeftByButton() throws Exception {
        var wait = openOnAPhone();
        wait.until(d -> botMessages().size() >= 2);
        assertThat(botMessages().get(0).getText()).contains("Wegwijs").contains("112");

        browser.findElement(By.cssSelector("button[data-button='lang:ar']")).click();
        wait.until(d -> botMessages().size() >= 3);

        WebElement arabic = botMessages().get(botMessages().size() - 1);
        assertThat(arabic.getAttribute("dir")).isEqualTo("rtl");
        assertThat(arabic.getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.id("send")).getText()).as("the page speaks Arabic too").isEqualTo("أرسل");
        assertThat(browser.findElement(By.cssSelector("header")).getAttribute("dir")).isEqualTo("ltr");
        screenshot("webchat-arabic.png");
    }

    @Test
    void canBeUsedWithTheKeyboardAlone() {
        var wait = openOnAPhone();
        wait.until(d -> botMessages().size() >= 2);
        int before = botMessages().size();

        WebElement input = browser.findElement(By.id("input"));
        input.click();
        input.sendKeys("Where can I find help for my son?", Keys.ENTER);
        wait.until(d -> botMessages().size() > before);

        assertThat(browser.findElements(By.cssSelector(".msg.user")).get(0).getText()).contains("help for my son");
        assertThat(input.getAttribute("value")).as("the box is emptied once the bot answered").isEmpty();

        input.sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("send");
        assertThat(browser.findElement(By.cssSelector("label[for='input']")).getAttribute("textContent")).isNotBlank();
        assertThat(browser.findElement(By.id("log")).getAttribute("aria-live")).isEqualTo("polite");
    }

    @Test
    void fitsAPhoneScreenWithoutSidewaysScrolling() throws Exception {
        var wait = openOnAPhone();
        wait.until(d -> botMessages().size() >= 2);

        long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");

        assertThat(scrollWidth).isLessThanOrEqualTo(viewport);
        for (WebElement button : browser.findElements(By.cssSelector(".buttons button"))) {
            assertThat(button.getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(44);
        }
        screenshot("webchat-phone.png");
    }

    @Test
    void keepsTheTypedTextWhenTheServerRefusesIt() {
        var wait = openOnAPhone();
        wait.until(d -> botMessages().size() >= 2);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('input').removeAttribute('maxlength')");
        WebElement input = browser.findElement(By.id("input"));
        String tooLong = "x".repeat(4001);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, tooLong);

        browser.findElement(By.id("send")).click();
        wait.until(d -> !browser.findElement(By.id("status")).getText().isBlank());

        assertThat(input.getAttribute("value")).hasSize(4001);
        assertThat(browser.findElement(By.id("status")).getText()).contains("4000");
    }

    @Test
    void holdsTheIdTheServerIssuedAndStartsOneConversationForTwoTabsAndAQuickDoubleSend() {
        long before = webConversations();
        browser = HeadlessChromium.start(390, 844);
        browser.get("http://localhost:" + port + "/");
        // A second tab opened before the first has its answer: it must wait and continue the same one.
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.get("http://localhost:" + port + "/");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(d -> botMessages().size() >= 1);
        WebElement input = browser.findElement(By.id("input"));
        input.sendKeys("wat is een ots");
        ((JavascriptExecutor) browser).executeScript(
                "const f = document.getElementById('composer'); f.requestSubmit(); f.requestSubmit();");
        wait.until(d -> browser.findElements(By.cssSelector(".msg.user")).size() >= 1 && botMessages().size() >= 2);

        String id = (String) ((JavascriptExecutor) browser).executeScript("return localStorage.getItem('wegwijs.conversationId')");
        assertThat(id).as("the server's signed id, not one the page made up").startsWith("w-").contains(".").hasSizeGreaterThan(40);
        assertThat(webConversations() - before).as("one conversation for two tabs and a double send").isEqualTo(1);
    }

    private long webConversations() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM conversation_state WHERE channel = 'WEB'", Long.class);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
