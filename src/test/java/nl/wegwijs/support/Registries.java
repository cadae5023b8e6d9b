package nl.wegwijs.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Intermediary registry files (WEGWIJS_INTERMEDIARIES) for end-to-end tests: one organisation, always reachable people. */
public final class Registries {

    private Registries() {
    }

    /** One intermediary of "Stichting Sawa" on Telegram, reachable at any hour, speaking these languages. */
    public static Path oneIntermediary(String name, long telegramUserId, String... languages) {
        String id = name.toLowerCase(java.util.Locale.ROOT);
        return write("""
                organisations:
                  - {id: sawa, name: Stichting Sawa}
                intermediaries:
                  - {id: %s, name: %s, organisation: sawa, telegram-user-id: %d, languages: [%s], hours: always}
                """.formatted(id, name, telegramUserId, String.join(", ", List.of(languages))));
    }

    public static Path write(String yaml) {
        try {
            Path file = Files.createTempFile("intermediaries", ".yaml");
            Files.writeString(file, yaml);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
