package nl.wegwijs.language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The bot's own sentences (greeting, help, buttons) per language, from every
 * {@code i18n/<feature>_<code>.properties} in UTF-8 (one bundle per feature, so features add
 * their texts without touching each other's files). Placeholders are {@code {0}}, {@code {1}}:
 * plain replacement, so apostrophes in Dutch ("baby's") need no escaping as with MessageFormat.
 */
@Component
public class InterfaceText {

    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    public InterfaceText() {
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        for (Language language : Language.values()) {
            Properties all = new Properties();
            try {
                // Every bundle a language must have (its parts), then any a feature added since.
                for (String bundle : LanguageParts.BUNDLES) {
                    var r = resolver.getResource("classpath:i18n/" + bundle + "_" + language.code() + ".properties");
                    if (!r.exists()) {
                        throw new IllegalStateException("language " + language.code() + " lacks its interface texts " + r);
                    }
                }
                for (var r : resolver.getResources("classpath*:i18n/*_" + language.code() + ".properties")) {
                    all.putAll(load(r));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundles.put(language, all);
        }
    }

    public String get(Language language, String key, Object... args) {
        String text = bundles.get(language).getProperty(key);
        if (text == null) {
            text = bundles.get(Language.NL).getProperty(key);
        }
        if (text == null) {
            throw new IllegalArgumentException("no interface text for key " + key);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public Set<String> keys(Language language) {
        return bundles.get(language).stringPropertyNames();
    }

    private static Properties load(org.springframework.core.io.Resource resource) {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties;
    }
}
