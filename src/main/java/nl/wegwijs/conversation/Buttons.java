package nl.wegwijs.conversation;

import java.util.Arrays;
import java.util.List;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.springframework.stereotype.Component;

/** The buttons every feature may offer, with their labels in the user's language. */
@Component
public class Buttons {

    public static final String LANGUAGE_PREFIX = "lang:";
    public static final String HELP = "cmd:help";
    public static final String CHOOSE_LANGUAGE = "cmd:taal";
    public static final String FORGET = "cmd:vergeet";
    public static final String PERSON = "cmd:mens";
    public static final String STOP = "cmd:stop";

    private final InterfaceText text;

    public Buttons(InterfaceText text) {
        this.text = text;
    }

    public List<Button> languagePicker() {
        return Arrays.stream(Language.values())
                .map(l -> new Button(l.nativeName(), LANGUAGE_PREFIX + l.code()))
                .toList();
    }

    public Button person(Language language) {
        return new Button(text.get(language, "button.person"), PERSON);
    }

    public Button help(Language language) {
        return new Button(text.get(language, "button.help"), HELP);
    }

    public Button chooseLanguage(Language language) {
        return new Button(text.get(language, "button.language"), CHOOSE_LANGUAGE);
    }

    public Button forget(Language language) {
        return new Button(text.get(language, "button.forget"), FORGET);
    }

    public Button stop(Language language) {
        return new Button(text.get(language, "button.stop"), STOP);
    }
}
