package nl.wegwijs.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.wegwijs.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What Chromium really draws for an Arabic answer that names a phone number and Dutch names:
 * the number keeps its order ("088-555 1000", not "1000 088-555") and a line that starts with a
 * Dutch name is still laid out right-to-left, also where the direction comes from the text itself
 * (dir=auto, as in Telegram).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RightToLeftPageIT {

    /** Where on screen the first "088" and the first "1000" of the message's text are drawn. */
    private static final String POSITIONS = """
            const el = arguments[0];
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
              const i = node.data.indexOf('088-555');
              if (i < 0) continue;
              const j = node.data.indexOf('1000', i);
              const rect = (a, b) => { const r = document.createRange(); r.setStart(node, a); r.setEnd(node, b);
                                       return r.getBoundingClientRect(); };
              const first = rect(i, i + 3), last = rect(j, j + 4);
              return {firstLeft: first.left, lastLeft: last.left, sameLine: Math.abs(first.top - last.top) < 2};
            }
            return null;""";

    /** The direction Chromium gives each line of the message when it decides from the text alone. */
    private static final String LINE_DIRECTIONS = """
            return arguments[0].firstChild.data.split('\\n').filter(l => l.trim()).map(line => {
              const probe = document.createElement('div');
              probe.dir = 'auto';
              probe.textContent = line;
              document.body.appendChild(probe);
              const direction = getComputedStyle(probe).direction;
              probe.remove();
              return direction + ' ' + line.replace(/[\\u200e\\u200f\\u2066-\\u2069]/g, '');
            });""";

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anArabicAnswerShowsThePhoneNumberInOrderAndStaysRightToLeft() {
        browser = HeadlessChromium.start(390, 844);
        browser.get("http://localhost:" + port + "/");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(d -> bot().size() >= 2);
        browser.findElement(By.cssSelector("button[data-button='lang:ar']")).click();
        wait.until(d -> bot().size() >= 3);

        browser.findElement(By.id("input")).sendKeys("ما هو vertrouwenspersoon من AKJ؟", Keys.ENTER);
        wait.until(d -> bot().stream().anyMatch(m -> m.getText().contains("088-555")));
        WebElement answer = bot().stream().filter(m -> m.getText().contains("088-555")).reduce((a, b) -> b).orElseThrow();

        var js = (JavascriptExecutor) browser;
        Map<String, Object> at = (Map<String, Object>) js.executeScript(POSITIONS, answer);
        assertThat(at).as("the number is in the answer's text").isNotNull();
        assertThat((Boolean) at.get("sameLine")).isTrue();
        assertThat(((Number) at.get("firstLeft")).doubleValue()).as("'088' is drawn left of '1000'")
                .isLessThan(((Number) at.get("lastLeft")).doubleValue());

        List<String> lines = (List<String>) js.executeScript(LINE_DIRECTIONS, answer);
        assertThat(lines).as("lines of the Arabic answer, the direction Chromium gives each on its own")
                .isNotEmpty().allMatch(l -> l.startsWith("rtl "));
        assertThat(lines).as("the answer has a line that starts with a Dutch name")
                .anyMatch(l -> l.substring(4).matches("^\\s*\\p{IsLatin}.*"));
    }

    private List<WebElement> bot() {
        return browser.findElements(By.cssSelector(".msg.bot"));
    }
}
