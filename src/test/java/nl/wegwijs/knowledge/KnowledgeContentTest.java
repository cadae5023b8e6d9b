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
        assertThat(knowledge.glossary()).hasSizeGreaterThanOrEqualTo(260);
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
    void aDutchTermGluedToAnArabicOrCyrillicWordIsFound() {
        Knowledge knowledge = KnowledgeFixtures.national();
        assertThat(knowledge.findTerms("كيف بعمل هالbezwaar؟", Language.AR)).extracting(f -> f.term().id()).contains("bezwaar");
        assertThat(knowledge.findTerms("هل الwijkteam بيعرف؟", Language.AR)).extracting(f -> f.term().id()).contains("wijkteam");
        assertThat(knowledge.findTerms("записалась вwijkteam", Language.UK)).extracting(f -> f.term().id()).contains("wijkteam");
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
    void facetsAreReadPerLanguageAndAnUnknownOrIncompleteFacetIsAProblem(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("faq");
        Files.createDirectories(dir.resolve("entries"));
        String entry = Files.readString(Path.of("faq/entries/jeugdhulp-kosten.yaml")).replaceAll("(?m)^related:.*$", "");
        Files.writeString(dir.resolve("entries/jeugdhulp-kosten.yaml"), entry + """

                facets:
                  duration: { nl: "Zo lang als nodig.", en: "As long as needed.", ar: "ما دام ذلك ضروريا.",
                              tr: "Gerektiği kadar.", pl: "Tak długo, jak trzeba.", uk: "Стільки, скільки треба." }
                """);
        FaqEntry read = ContentLoader.load(dir.toUri().toString(), "").entries().get("jeugdhulp-kosten");
        assertThat(read.facet(Facet.DURATION, Language.TR)).contains("Gerektiği kadar.");
        assertThat(read.facet(Facet.COST, Language.TR)).isEmpty();

        Files.writeString(dir.resolve("entries/jeugdhulp-kosten.yaml"), entry + """

                facets:
                  price: { nl: "x" }
                  duration: { nl: "Zo lang als nodig." }
                """);
        assertThatThrownBy(() -> ContentLoader.load(dir.toUri().toString(), ""))
                .hasMessageContaining("unknown facet price")
                .hasMessageContaining("facets duration: en is missing");
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
