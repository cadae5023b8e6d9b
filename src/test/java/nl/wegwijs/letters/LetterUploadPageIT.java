package nl.wegwijs.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.wegwijs.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The upload button on the chat page, in headless Chromium: a parent chooses a photo of a letter and gets it explained. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LetterUploadPageIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    Path photo;

    @AfterEach
    void quit() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (photo != null) {
            Files.deleteIfExists(photo); // the test's own copy: the browser needs a file to choose
        }
    }

    private List<WebElement> botMessages() {
        return browser.findElements(By.cssSelector(".msg.bot"));
    }

    @Test
    void aParentUploadsAPhotoOfALetterInEnglishAndSeesItExplained() throws Exception {
        browser = HeadlessChromium.start(390, 844);
        browser.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.until(d -> botMessages().size() >= 2);
        browser.findElement(By.cssSelector("button[data-button='lang:en']")).click();
        wait.until(d -> browser.findElement(By.id("letter-label")).getText().contains("letter"));

        photo = Files.createTempFile("letter", ".jpg");
        Files.write(photo, LetterImages.jpeg(LetterImages.photo(TestLetters.SCHOOL, LetterImages.Look.photo(1650), 9)));
        int before = botMessages().size();
        browser.findElement(By.id("letter-file")).sendKeys(photo.toString());

        wait.until(d -> browser.findElements(By.cssSelector(".msg.bot.reading")).isEmpty()
                && botMessages().size() > before + 1);
        String all = String.join("\n", botMessages().stream().skip(before).map(WebElement::getText).toList());
        assertThat(all).contains("This is what I read");
        assertThat(LetterUploadIT.found(TestLetters.SCHOOL, all)).isGreaterThanOrEqualTo(0.9);
        assertThat(browser.findElements(By.cssSelector(".msg.user")).get(browser.findElements(By.cssSelector(".msg.user")).size() - 1).getText())
                .startsWith("📎");
    }
}
