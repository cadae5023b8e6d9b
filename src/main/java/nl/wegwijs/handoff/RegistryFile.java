package nl.wegwijs.handoff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Seeds the registry from {@code config/intermediaries.yaml} (path in {@code WEGWIJS_INTERMEDIARIES})
 * at startup. A missing file is fine: admins can add intermediaries at run time. An entry that
 * cannot be read stops the start, so a typo in someone's hours never silently drops them.
 */
@Component
class RegistryFile {

    private static final Logger log = LoggerFactory.getLogger(RegistryFile.class);

    private final IntermediaryRegistry registry;
    private final HandoffProperties properties;

    RegistryFile(IntermediaryRegistry registry, HandoffProperties properties) {
        this.registry = registry;
        this.properties = properties;
        load();
    }

    private void load() {
        Path path = Path.of(properties.registryFile());
        if (!Files.isRegularFile(path)) {
            log.info("no intermediaries file at {}; the registry starts from the database", path);
            return;
        }
        try (InputStream in = Files.newInputStream(path)) {
            Parsed parsed = parse(in);
            parsed.organisations().forEach(registry::putOrganisation);
            parsed.intermediaries().forEach(i -> registry.save(i, IntermediaryRegistry.Source.FILE));
            registry.removeFileEntriesExcept(parsed.intermediaries().stream().map(Intermediary::id).toList());
            log.info("handoff registry: {} organisations, {} intermediaries from the file",
                    parsed.organisations().size(), parsed.intermediaries().size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    record Parsed(List<Organisation> organisations, List<Intermediary> intermediaries) {
    }

    @SuppressWarnings("unchecked")
    static Parsed parse(InputStream in) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        Map<String, Object> map = root instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        List<Organisation> organisations = new ArrayList<>();
        for (Map<String, Object> o : list(map.get("organisations"))) {
            Object group = o.get("group-chat-id");
            Object guidance = o.get("crisis-guidance");
            organisations.add(new Organisation(required(o, "id"), string(o.getOrDefault("name", o.get("id"))),
                    group == null ? null : Long.valueOf(group.toString()),
                    guidance == null || guidance.toString().isBlank() ? null : guidance.toString().strip()));
        }
        List<Intermediary> intermediaries = new ArrayList<>();
        for (Map<String, Object> i : list(map.get("intermediaries"))) {
            String id = required(i, "id");
            try {
                intermediaries.add(new Intermediary(id, string(i.getOrDefault("name", id)), required(i, "organisation"),
                        Long.parseLong(required(i, "telegram-user-id")), codes(i.get("languages")), codes(i.get("regions")),
                        Availability.parse(string(i.get("hours"))),
                        Delivery.valueOf(string(i.getOrDefault("delivery", "private")).toUpperCase(Locale.ROOT)),
                        Boolean.TRUE.equals(i.get("coordinator")), false,
                        i.get("max-open") == null ? 3 : Integer.parseInt(i.get("max-open").toString())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("intermediary " + id + ": " + e.getMessage(), e);
            }
        }
        return new Parsed(organisations, intermediaries);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private static Set<String> codes(Object value) {
        Collection<?> items = value instanceof Collection<?> c ? c
                : value == null ? List.of() : List.of(value.toString().split(","));
        return items.stream().map(o -> o.toString().strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String required(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalArgumentException("intermediaries file: '" + key + "' is missing in " + map.keySet());
        }
        return v.toString().strip();
    }

    private static String string(Object v) {
        return v == null ? null : v.toString();
    }
}
