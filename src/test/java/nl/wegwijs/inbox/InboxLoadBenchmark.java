package nl.wegwijs.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Request;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijs.support.Databases;
import nl.wegwijs.support.EmbeddedPostgresSupport;
import nl.wegwijs.support.FakeTelegram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Load driver: plays Telegram against the webhook of (a) one replica on H2, (b) two replicas on
 * one PostgreSQL, and (c) a bare telegrambots echo bot (no inbox, no state, no pipeline) in the
 * same run, with a WireMock Bot API. Flat out (16 senders posting as fast as acknowledged) and at
 * 100 messages/s. First-reply latency is from posting an update to the Bot API receiving its
 * reply. Run: {@code mvn -o -Pbench test -Dtest=InboxLoadBenchmark}.
 */
@Tag("benchmark")
class InboxLoadBenchmark {

    static final int CHATS = 100;
    static final int MESSAGES = 1000;
    static final String SECRET = "bench";
    static final HttpClient http = HttpClient.newHttpClient();
    static final AtomicInteger updateIds = new AtomicInteger(5_000_000);

    final FakeTelegram telegram = new FakeTelegram();
    final Map<String, Long> replied = new ConcurrentHashMap<>();
    /** Replies that are not an echo (another step answered first): shown, since the load texts are synthetic. */
    final List<String> others = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    void measure() throws Exception {
        telegram.server().addMockServiceRequestListener((Request request, com.github.tomakehurst.wiremock.http.Response r) -> {
            if (request.getUrl().endsWith("/sendmessage")) {
                String body = request.getBodyAsString();
                int at = body.indexOf("echo load ");
                if (at >= 0) {
                    String key = body.substring(at + 10, body.indexOf('"', at));
                    replied.putIfAbsent(key, System.nanoTime());
                } else if (others.size() < 20) {
                    others.add(body.length() > 300 ? body.substring(0, 300) : body);
                }
            }
        });
        List<String> lines = new ArrayList<>();
        try (var bare = new BareEchoBot(telegram.url())) {
            lines.add(run("bare telegrambots echo bot", List.of(bare.port)));
        }
        Map<String, String> h2 = new HashMap<>(telegram.webhookVariables(SECRET));
        h2.put("SPRING_DATASOURCE_URL", Databases.freshH2Url("bench-"));
        h2.put("LOGGING_LEVEL_ROOT", "WARN");
        try (var one = Replica.start("h2", h2, Echo.class)) {
            lines.add(run("Wegwijs, 1 replica, H2", List.of(one.port)));
        }
        Map<String, String> pg = new HashMap<>(telegram.webhookVariables(SECRET));
        pg.putAll(Map.of("SPRING_PROFILES_ACTIVE", "postgres", "DATABASE_URL", EmbeddedPostgresSupport.freshDatabaseUrl(),
                "DATABASE_USER", "postgres", "DATABASE_PASSWORD", "", "LOGGING_LEVEL_ROOT", "WARN"));
        try (var a = Replica.start("pg-a", pg, Echo.class); var b = Replica.start("pg-b", pg, Echo.class)) {
            lines.add(run("Wegwijs, 2 replicas, PostgreSQL", List.of(a.port, b.port)));
        }
        System.out.println("\n| setup | load | replies/s | first reply p50 | p99 |\n|---|---|---|---|---|");
        lines.forEach(System.out::print);
    }

    private String run(String name, List<Integer> ports) throws Exception {
        drive(ports, 200, 0, "warm"); // warm-up, not measured
        return row(name, "flat out", drive(ports, MESSAGES, 0, "flat"))
                + row(name, "100 msg/s", drive(ports, MESSAGES, 100, "paced"));
    }

    private static String row(String name, String load, double[] r) {
        return String.format("| %s | %s | %.0f | %.1f ms | %.1f ms |%n", name, load, r[0], r[1], r[2]);
    }

    /** Returns replies/s, p50 and p99 first-reply latency in ms. */
    private double[] drive(List<Integer> ports, int messages, int perSecond, String run) throws Exception {
        String prefix = run + letters(updateIds.get());
        Map<String, Long> posted = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        long start = System.nanoTime();
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            int n = i;
            long due = perSecond == 0 ? 0 : start + TimeUnit.SECONDS.toNanos(n) / perSecond;
            all.add(senders.submit(() -> {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String key = prefix + "-" + letters(n % CHATS) + " " + letters(n);
                posted.put(key, System.nanoTime());
                post(ports.get(ThreadLocalRandom.current().nextInt(ports.size())), 7_000_000L + n % CHATS, "load " + key);
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        senders.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (posted.keySet().stream().anyMatch(k -> !replied.containsKey(k)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long[] latencies = posted.entrySet().stream().filter(e -> replied.containsKey(e.getKey()))
                .mapToLong(e -> replied.get(e.getKey()) - e.getValue()).sorted().toArray();
        long last = posted.keySet().stream().filter(replied::containsKey).mapToLong(replied::get).max().orElse(start);
        if (latencies.length < messages) {
            System.out.println(run + ": only " + latencies.length + " of " + messages + " answered with an echo; missing "
                    + posted.keySet().stream().filter(k -> !replied.containsKey(k)).limit(5).toList()
                    + "; other replies seen: " + others);
        }
        return new double[] {latencies.length / ((last - start) / 1e9), percentile(latencies, 0.50), percentile(latencies, 0.99)};
    }

    /**
     * Digits as letters: a load text must be neutral, and numbers such as 112 or 911 rightly get the
     * emergency reply instead of the echo.
     */
    private static String letters(int n) {
        return String.valueOf(n).chars().mapToObj(c -> String.valueOf((char) ('a' + c - '0'))).collect(java.util.stream.Collectors.joining());
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void post(int port, long chat, String text) throws Exception {
        int id = updateIds.incrementAndGet();
        String update = "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1763800000,"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\",\"first_name\":\"P\"},"
                + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"P\"},\"text\":\"" + text + "\"}}";
        for (int attempt = 0; attempt < 100; attempt++) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/webhook"))
                    .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not acknowledged");
    }

    /** The baseline: the library's client answering inside the webhook request, nothing stored. */
    static final class BareEchoBot implements AutoCloseable {
        private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        final HttpServer server;
        final int port;

        BareEchoBot(String apiUrl) throws Exception {
            URI uri = URI.create(apiUrl);
            var client = new OkHttpTelegramClient(FakeTelegram.TOKEN, new TelegramUrl(uri.getScheme(), uri.getHost(), uri.getPort(), false));
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 64);
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.createContext("/telegram/webhook", exchange -> {
                try (exchange) {
                    Update update = JSON.readValue(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), Update.class);
                    client.execute(SendMessage.builder().chatId(update.getMessage().getChatId())
                            .text("echo " + update.getMessage().getText()).build());
                    exchange.sendResponseHeaders(200, -1);
                } catch (Exception e) {
                    exchange.sendResponseHeaders(500, -1);
                }
            });
            server.start();
            port = server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

}
