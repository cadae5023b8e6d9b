package nl.wegwijs.knowledge;

import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.springframework.stereotype.Component;

/** Where anyone can start: the region pack's local team, or the national default. */
@Component
public class StartingPoints {

    private final InterfaceText text;
    private final Knowledge knowledge;

    StartingPoints(InterfaceText text, Knowledge knowledge) {
        this.text = text;
        this.knowledge = knowledge;
    }

    public String text(Language language) {
        return knowledge.region()
                .map(r -> r.start().get(language).strip() + " " + text.get(language, "fallback.person"))
                .orElseGet(() -> text.get(language, "fallback.start"));
    }
}
