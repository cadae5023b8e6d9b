package nl.wegwijs.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wegwijs.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtraPhrasingsTest {

    private static Path faqWithOneEntry(Path tmp) throws IOException {
        Path dir = tmp.resolve("faq");
        Files.createDirectories(dir.resolve("entries"));
        Files.createDirectories(dir.resolve("phrasings"));
        String entry = Files.readString(Path.of("faq/entries/jeugdhulp-kosten.yaml")).replaceAll("(?m)^related:.*$", "");
        Files.writeString(dir.resolve("entries/jeugdhulp-kosten.yaml"), entry);
        return dir;
    }

    @Test
    void phrasingsAreAddedToTheEntrysQuestionsPerLanguage(@TempDir Path tmp) throws IOException {
        Path dir = faqWithOneEntry(tmp);
        FaqEntry before = ContentLoader.load(dir.toUri().toString(), "").entries().get("jeugdhulp-kosten");
        String ownTurkish = before.text(Language.TR).questions().get(0);
        Files.writeString(dir.resolve("phrasings/jeugdhulp-kosten.yaml"), """
                id: jeugdhulp-kosten
                nl: ["moet ik betalen voor die hulp of niet", "kost jeugdhulp geld"]
                tr: ["yardim paraliymi", "%s"]
                """.formatted(ownTurkish.toUpperCase(java.util.Locale.ROOT)));

        FaqEntry after = ContentLoader.load(dir.toUri().toString(), "").entries().get("jeugdhulp-kosten");

        assertThat(after.text(Language.NL).questions()).containsAll(before.text(Language.NL).questions())
                .contains("moet ik betalen voor die hulp of niet", "kost jeugdhulp geld")
                .hasSize(before.text(Language.NL).questions().size() + 2);
        assertThat(after.text(Language.TR).questions()).as("a repeat in other capitals counts once")
                .hasSize(before.text(Language.TR).questions().size() + 1).contains("yardim paraliymi");
        assertThat(after.text(Language.EN)).isEqualTo(before.text(Language.EN));
        assertThat(after.text(Language.NL).answer()).isEqualTo(before.text(Language.NL).answer());
        assertThat(after.facets()).isEqualTo(before.facets());
    }

    @Test
    void anUnknownIdOrLanguageIsAStartUpProblemWithTheFileName(@TempDir Path tmp) throws IOException {
        Path dir = faqWithOneEntry(tmp);
        Files.writeString(dir.resolve("phrasings/bestaat-niet.yaml"), "id: bestaat-niet\nnl: [hallo]\n");
        Files.writeString(dir.resolve("phrasings/jeugdhulp-kosten.yaml"), """
                id: jeugdhulp-kosten
                fr: ["combien ça coûte"]
                en: not a list
                pl: [ok, {Mijn zoon: wat nu}]
                """);

        assertThatThrownBy(() -> ContentLoader.load(dir.toUri().toString(), ""))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("phrasings/bestaat-niet.yaml: no FAQ entry with id bestaat-niet")
                .hasMessageContaining("phrasings/jeugdhulp-kosten.yaml: unknown language fr")
                .hasMessageContaining("phrasings/jeugdhulp-kosten.yaml: en must be a list of phrasings")
                .hasMessageContaining("phrasings/jeugdhulp-kosten.yaml: pl has a phrasing that is not plain text");
    }
}
