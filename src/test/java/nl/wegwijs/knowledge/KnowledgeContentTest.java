package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeContentTest {

    /** The only phone numbers content may name (CONTENT.md, verified national numbers). */
    static final Pattern PHONE = Pattern.compile("\\b0[0-9]{2,3}[- ]?[0-9][0-9 -]{4,8}[0-9]\\b|\\b11[23]\\b");
    static final java.util.Set<String> ALLOWED = java.util.Set.of("112", "113", "0800-2000", "0800-0432", "0800-0113",
            "088-555 1000");

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
    void contentNamesNoPhoneNumberButTheVerifiedNationalOnes() {
        Knowledge knowledge = KnowledgeFixtures.national();
        StringBuilder all = new StringBuilder();
        knowledge.entries().forEach(e -> e.texts().values().forEach(t -> all.append(t.answer()).append('\n')));
        knowledge.glossary().forEach(t -> t.texts().values().forEach(x -> all.append(x.shortText()).append(' ').append(x.longText()).append('\n')));

        var m = PHONE.matcher(all);
        while (m.find()) {
            assertThat(ALLOWED).as("phone number in content").contains(m.group().strip());
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
