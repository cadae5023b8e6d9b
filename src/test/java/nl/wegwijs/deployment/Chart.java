package nl.wegwijs.deployment;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** The project's chart driven through real helm (the binary ships inside helm-java). */
final class Chart {

    static final Path DIR = Path.of("helm", "wegwijs");
    static final Path VALUES = Path.of("src", "test", "resources", "helm");

    private Chart() {
    }

    static RenderedChart render(String valuesFile) {
        return RenderedChart.parse(template(valuesFile));
    }

    static String template(String valuesFile) {
        return new Helm(DIR).template().withName("wegwijs").withNamespace("jeugd")
                .withValuesFile(VALUES.resolve(valuesFile)).call();
    }

    /**
     * helm-java's lint takes no values file, so lint a copy of the chart whose values.yaml is the
     * chart's own merged with the given file, as `helm lint -f` would.
     */
    static LintResult lint(String valuesFile, Path scratch) {
        Path copy = scratch.resolve("wegwijs");
        copyTree(DIR, copy);
        Yaml yaml = new Yaml();
        try {
            Map<String, Object> defaults = yaml.load(Files.readString(DIR.resolve("values.yaml")));
            Map<String, Object> overlay = yaml.load(Files.readString(VALUES.resolve(valuesFile)));
            Files.writeString(copy.resolve("values.yaml"), yaml.dump(merge(defaults, overlay)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Helm(copy).lint().strict().call();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> overlay) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        overlay.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map && merged.get(key) instanceof Map<?, ?> inner) {
                merged.put(key, merge((Map<String, Object>) inner, (Map<String, Object>) map));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
