package nl.wegwijs.knowledge;

import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.springframework.stereotype.Component;

/** Where anyone can start: the region pack's local team, or the national default. */
@Component
public class StartingPoints {

    private final InterfaceText text;

    StartingPoints(InterfaceText text) {
        this.text = text;
    }

    public String text(Language language) {
        return text.get(language, "fallback.start");
    }
}
