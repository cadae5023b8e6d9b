package nl.wegwijs.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.wegwijs.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat page during a handoff, in headless Chromium: the intermediary's words appear without the parent typing. */
class WebChatHandoffPageIT extends WebHandoffContext {

    ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    List<WebElement> botMessages() {
        return browser.findElements(By.cssSelector(".msg.bot"));
    }

    String lastBot() {
        List<WebElement> all = botMessages();
        return all.get(all.size() - 1).getText();
    }

    @Test
    void theIntermediarysAnswerAppearsWhileTheHandoffIsOpenAndPollingStopsWhenItCloses() {
        registry.save(new Intermediary("sanne", "Sanne", "sawa", 8888, Set.of("nl"), Set.of("*"), Availability.parse("always"),
                Delivery.PRIVATE, false, false, 3), IntermediaryRegistry.Source.ADMIN);
        browser = HeadlessChromium.start(390, 844);
        browser.get("http://localhost:" + port + "/");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(d -> botMessages().size() >= 2);

        browser.findElement(By.cssSelector("button[data-button='lang:nl']")).click();
        wait.until(d -> lastBot().contains("Nederlands"));
        browser.findElement(By.id("input")).sendKeys("ik wil met iemand praten", Keys.ENTER);
        wait.until(d -> lastBot().contains("Mag ik je vraag doorgeven"));
        browser.findElement(By.cssSelector("button[data-button='ho:yes']")).click();
        wait.until(d -> intermediaries.sent.size() == 1);

        String claim = intermediaries.sent.get(0).buttons().get(0).value();
        desk.handle(new IntermediaryMessage(8888, null, 8888, true, true, claim));
        desk.handle(new IntermediaryMessage(8888, null, 8888, true, false, "Hoi, ik ben Sanne. Waar kan ik je mee helpen?"));

        wait.until(d -> lastBot().contains("Sanne: Hoi, ik ben Sanne."));
        assertThat(browser.findElement(By.id("log")).getText()).contains("Sanne van sawa helpt je nu");

        desk.handle(new IntermediaryMessage(8888, null, 8888, true, true, "hi:outcome:" + claim.substring("hi:claim:".length()) + ":HELPED"));
        wait.until(d -> lastBot().contains("Sanne heeft het gesprek afgesloten"));
        assertThat(browser.getLocalStorage().getItem("wegwijs.handoffOpen")).as("polling stopped").isNull();
    }
}
