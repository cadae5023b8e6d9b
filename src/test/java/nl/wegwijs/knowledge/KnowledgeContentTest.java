package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeContentTest {

    @Test
    void theNationalContentIsCompleteInEveryLanguage() {
        Knowledge knowledge = KnowledgeFixtures.national();

        assertThat(knowledge.entries()).hasSizeGreaterThanOrEqualTo(45);
        assertThat(knowledge.glossary()).hasSizeGreaterThanOrEqualTo(150);
        for (FaqEntry e : knowledge.entries()) {
            for (Language l : Language.values()) {
                assertThat(e.text(l)).as("%s in %s", e.id(), l).isNotNull();
                assertThat(e.text(l).answer()).as("%s answer in %s", e.id(), l).isNotBlank();
            }
            assertThat(e.sources()).as(e.id()).isNotEmpty();
            assertThat(e.checked()).as(e.id()).isNotNull();
        }
        for (GlossaryTerm t : knowledge.glossary()) {
            for (Language l : Language.values()) {
                assertThat(t.text(l)).as("%s in %s", t.id(), l).isNotNull();
            }
        }
    }

    @Test
    void theCoreAbbreviationsOfLettersAreExplained() {
        Knowledge knowledge = KnowledgeFixtures.national();
        for (String abbreviation : new String[] {"OTS", "UHP", "GI", "RvdK", "VT", "JB", "JGZ", "OKT", "CJG", "SMW", "IB",
            "MDO", "PvA", "PGB", "ZIN"}) {
            assertThat(knowledge.findTerms("wat is " + abbreviation, Language.NL)).as(abbreviation).isNotEmpty();
        }
    }

    @Test
    void aBrokenFileStopsLoadingWithItsNameAndTheProblem(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("entries"));
        Files.writeString(dir.resolve("entries/kapot.yaml"), "id: kapot\ntopic: onbekend\nnl: {title: x}\n");

        assertThatThrownBy(() -> ContentLoader.load(dir.toUri().toString(), ""))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("kapot.yaml")
                .hasMessageContaining("unknown topic onbekend")
                .hasMessageContaining("en: missing");
    }

    @Test
    void aRegionPackReplacesTheNationalEntryAndTheStartingPoint() {
        Knowledge amsterdam = new Knowledge(KnowledgeFixtures.properties("amsterdam"));

        assertThat(amsterdam.entry("wijkteam").orElseThrow().text(Language.NL).answer()).contains("Ouder- en Kindteam");
        assertThat(KnowledgeFixtures.national().entry("wijkteam").orElseThrow().text(Language.NL).answer())
                .doesNotContain("Ouder- en Kindteam");
        assertThat(amsterdam.region().orElseThrow().start().get(Language.AR)).isNotBlank();
    }

    @Test
    void anUnknownRegionIsAStartUpError() {
        assertThatThrownBy(() -> new Knowledge(KnowledgeFixtures.properties("atlantis")))
                .hasMessageContaining("atlantis");
    }
}
