package nl.wegwijs.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.wegwijs.support.Databases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class RegistryFileTest {

    static RegistryFile.Parsed parse(String yaml) {
        return RegistryFile.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsOrganisationsAndIntermediariesWithLanguagesTheBotLacks() {
        var parsed = parse("""
                organisations:
                  - {id: sawa, name: Stichting Sawa, group-chat-id: -100123}
                intermediaries:
                  - id: amina
                    organisation: sawa
                    telegram-user-id: 111
                    languages: [AR, zgh, so]
                    hours: "mon-fri 09:00-17:00"
                    delivery: topic
                """);

        assertThat(parsed.organisations()).containsExactly(new Organisation("sawa", "Stichting Sawa", -100123L));
        Intermediary amina = parsed.intermediaries().get(0);
        assertThat(amina.languages()).containsExactly("ar", "zgh", "so");
        assertThat(amina.regions()).containsExactly("*");
        assertThat(amina.delivery()).isEqualTo(Delivery.TOPIC);
        assertThat(amina.maxOpen()).isEqualTo(3);
    }

    @Test
    void aTypoStopsTheStartWithTheEntryNamed() {
        assertThatThrownBy(() -> parse("""
                intermediaries:
                  - {id: hodan, organisation: x, telegram-user-id: 1, languages: [so], hours: "ma-vr 9-17"}
                """)).hasMessageContaining("intermediary hodan");
    }

    @Test
    void theFileSeedsTheDatabaseKeepsAnAdminsPauseAndDropsWhatLeftTheFile() throws Exception {
        var jdbc = JdbcClient.create(Databases.h2());
        var registry = new IntermediaryRegistry(jdbc);
        Path file = Files.createTempFile("intermediaries", ".yaml");
        Files.writeString(file, """
                intermediaries:
                  - {id: amina, organisation: sawa, telegram-user-id: 1, languages: [ar]}
                  - {id: hodan, organisation: hiiraan, telegram-user-id: 2, languages: [so]}
                """);
        var properties = new HandoffProperties(file.toString(), List.of(), null, null, 2, null, null, null, null, null,
                java.time.ZoneId.of("Europe/Amsterdam"), null);
        new RegistryFile(registry, properties);
        registry.setPaused("amina", true);
        registry.save(new Intermediary("farah", "Farah", "sawa", 3, Set.of("fa"), Set.of(), Availability.parse("always"),
                Delivery.PRIVATE, false, false, 3), IntermediaryRegistry.Source.ADMIN);

        Files.writeString(file, """
                intermediaries:
                  - {id: amina, name: Amina B., organisation: sawa, telegram-user-id: 1, languages: [ar, nl]}
                """);
        new RegistryFile(registry, properties);

        assertThat(registry.all()).extracting(Intermediary::id).containsExactly("amina", "farah");
        assertThat(registry.byId("amina")).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("Amina B.");
            assertThat(a.paused()).as("the admin's pause survives a restart").isTrue();
        });
    }
}
