package nl.wegwijs.knowledge;

import nl.wegwijs.conversation.Button;
import nl.wegwijs.conversation.ButtonCatalog;
import nl.wegwijs.language.Language;
import org.springframework.stereotype.Component;

/** Buttons that open an FAQ entry ("faq:<id>") or a glossary term ("term:<id>"). */
@Component
class KnowledgeButtons implements ButtonCatalog {

    static final String FAQ = "faq:";
    static final String TERM = "term:";

    private final Knowledge knowledge;

    KnowledgeButtons(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public boolean knows(String value) {
        if (value.startsWith(FAQ)) {
            return knowledge.entry(value.substring(FAQ.length())).isPresent();
        }
        return value.startsWith(TERM) && knowledge.term(value.substring(TERM.length())).isPresent();
    }

    static Button entry(FaqEntry entry, Language language) {
        return new Button(entry.text(language).title(), FAQ + entry.id());
    }
}
