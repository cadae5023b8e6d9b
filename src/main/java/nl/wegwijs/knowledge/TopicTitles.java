package nl.wegwijs.knowledge;

import java.util.Optional;
import nl.wegwijs.language.Language;
import org.springframework.stereotype.Component;

/** The readable title of an FAQ entry id in a language, for features that name a topic to a person. */
@Component
public class TopicTitles {

    private final Knowledge knowledge;

    TopicTitles(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public Optional<String> title(String entryId, Language language) {
        if (entryId == null) {
            return Optional.empty();
        }
        return knowledge.entry(entryId).map(e -> e.text(language)).map(FaqEntry.Text::title);
    }
}
