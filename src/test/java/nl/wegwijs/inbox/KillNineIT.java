package nl.wegwijs.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.wegwijs.support.EmbeddedPostgresSupport;
import nl.wegwijs.support.FakeTelegram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real kill -9: two application processes from the packaged jar ({@code java -jar}, configured
 * only through environment variables) on one embedded PostgreSQL behind the webhook, a WireMock
 * Bot API in this JVM. Updates from many chats go to both at random, some twice; one process is
 * killed with SIGKILL mid-load ({@link Process#destroyForcibly()}) and started again. Every
 * acknowledged update must be answered, in order per chat, and none twice except the few whose
 * sendMessage the dead process had got Telegram's ok for but not yet deleted from the outbox
 * (at most one per outbox sender thread; printed, so the README can report how often).
 */
class KillNineIT {

    static final String SECRET = "kill-nine";
    static final int OUTBOX_SENDERS = 4;
    static final FakeTelegram telegram = new FakeTelegram();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final List<App> apps = new CopyOnWriteArrayList<>();
    static Map<String, String> env;

    /** One application process and the port it serves on. */
    record App(String name, Process process, int port) {
    }

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> variables = new HashMap<>(telegram.webhookVariables(SECRET));
        variables.putAll(Map.of(
                "SPRING_PROFILES_ACTIVE", "postgres",
                "DATABASE_URL", EmbeddedPostgresSupport.freshDatabaseUrl(),
                "DATABASE_USER", "postgres",
                "DATABASE_PASSWORD", "",
                "WEGWIJS_INBOX_LEASE", "3s", // short, so a dead replica's work moves on within the test
                "WEGWIJS_INBOX_OUTBOX_SENDERS", String.valueOf(OUTBOX_SENDERS),
                "WEGWIJS_LLM_BASE_URL", "",
                // the test's echo step (answers "load ..." with "echo load ..."), from outside the jar
                "SPRING_MAIN_SOURCES", Echo.class.getName()));
        env = Map.copyOf(variables);
        App a = launch("a");
        App b = launch("b");
        awaitUp(a);
        awaitUp(b);
        apps.add(a);
        apps.add(b);
    }

    @AfterAll
    static void stop() {
        apps.forEach(app -> app.process().destroyForcibly());
        telegram.close();
    }

    @Test
    void aProcessKilledMidLoadAndRestartedLosesNothingAndAnswersInOrder() throws Exception {
        var load = new WebhookLoad(telegram, SECRET, () -> apps.stream().map(App::port).toList(), new AtomicInteger(5_000_000),
                4_000, 40, 10, 0.1);
        Future<?> posting = load.start();
        load.awaitAcknowledged(120);

        App victim = apps.get(1);
        apps.remove(victim);
        victim.process().destroyForcibly(); // SIGKILL: no shutdown hook, no release of leases
        assertThat(victim.process().waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        Instant dead = Instant.now();
        int killedAfter = load.acknowledged.get();

        App again = launch("b2");
        awaitUp(again);
        apps.add(again);
        posting.get();

        load.awaitAnswered();
        Thread.sleep(1500); // a reply sent twice would come now
        System.out.printf("kill -9 after %d of %d acknowledged updates%n", killedAfter, load.chats * load.perChat);
        load.assertEachAnsweredInOrder(OUTBOX_SENDERS);
        // What can double, exactly: the one reply per chat a sender of the killed process had in
        // flight. So each repeat's first copy reached the Bot API before the process was dead, a
        // chat has at most one repeat, and there are at most as many as the dead process had senders.
        List<WebhookLoad.Repeat> repeats = load.repeats();
        System.out.printf("answered twice: %d (chats %s)%n", repeats.size(), repeats.stream().map(WebhookLoad.Repeat::chat).toList());
        assertThat(repeats).allSatisfy(r -> assertThat(r.first()).as("first copy of a doubled reply, chat %d", r.chat())
                .isBefore(dead.plusMillis(1)));
        assertThat(repeats.stream().map(WebhookLoad.Repeat::chat).distinct().count()).as("chats with a doubled reply")
                .isEqualTo(repeats.size());
        assertThat(repeats).hasSizeLessThanOrEqualTo(OUTBOX_SENDERS);
    }

    private static App launch(String name) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Paths.get("target", "kill-nine-" + name + ".log");
        var command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                // the packaged jar, plus a folder holding only the echo step (PropertiesLauncher's loader.path)
                "-Dloader.path=" + echoFolder(), "-cp", jar().toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("PORT", String.valueOf(port));
        return new App(name, builder.start(), port);
    }

    private static void awaitUp(App app) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.process().isAlive()).as("process %s alive (see target/kill-nine-%s.log)", app.name(), app.name()).isTrue();
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("process " + app.name() + " did not come up");
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("wegwijs-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no packaged jar in target/ (failsafe runs after package)"));
        }
    }

    /** The compiled echo step alone, so the process scans nothing else of the tests. */
    private static Path echoFolder() throws IOException {
        Path folder = Paths.get("target", "kill-nine-echo");
        Path pkg = folder.resolve(Echo.class.getPackageName().replace('.', '/'));
        Files.createDirectories(pkg);
        Path compiled;
        try {
            compiled = Paths.get(Echo.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(Echo.class.getPackageName().replace('.', '/'));
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> classes = Files.list(compiled)) {
            for (Path c : classes.filter(p -> p.getFileName().toString().matches("Echo(\\$.*)?\\.class")).toList()) {
                Files.copy(c, pkg.resolve(c.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder.toAbsolutePath();
    }
}
