package nl.wegwijs.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, headless. Outside CI a machine without them skips the
 * browser tests; in CI ({@code CI=true}) a missing browser fails them, so they cannot silently
 * not run.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    public static ChromeDriver start(int width, int height) {
        Optional<String> missing = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER) ? Optional.empty()
                : Optional.of("chromium and chromium-driver are not installed");
        if (missing.isPresent()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(missing.get() + ": .ci/run installs them");
            }
            Assumptions.abort(missing.get());
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height);
        return new ChromeDriver(service, options);
    }
}
