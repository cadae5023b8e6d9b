package nl.wegwijs.handoff;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What the bot says to intermediaries and admins: Dutch, from {@code handoff/desk.properties}.
 * Public for the intermediaries' channel adapter, which adds a desk note of its own (a file that
 * could not be passed on).
 */
@Component
public class DeskText {

    private final Properties texts = new Properties();

    DeskText() {
        try (var reader = new InputStreamReader(new ClassPathResource("handoff/desk.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no desk text for key " + key);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
