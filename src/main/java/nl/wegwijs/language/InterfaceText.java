package nl.wegwijs.language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The bot's own sentences (greeting, help, buttons) per language, from
 * {@code i18n/messages_<code>.properties} in UTF-8. Placeholders are {@code {0}}, {@code {1}}:
 * plain replacement, so apostrophes in Dutch ("baby's") need no escaping as with MessageFormat.
 */
@Component
public class InterfaceText {

    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    public InterfaceText() {
        for (Language language : Language.values()) {
            bundles.put(language, load("i18n/messages_" + language.code() + ".properties"));
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

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return properties;
    }
}
