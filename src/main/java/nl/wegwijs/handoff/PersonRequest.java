package nl.wegwijs.handoff;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wegwijs.conversation.Buttons;
import nl.wegwijs.conversation.MessageKind;
import nl.wegwijs.conversation.Turn;

/**
 * Recognises a parent asking for a person: /mens, the button, or in words in any of the six
 * languages ("ik wil met iemand praten", "أريد التحدث مع شخص"), and a language the parent wants
 * that the bot may lack ("someone who speaks Somali").
 *
 * @param wantedLanguage the language named in the request, if any
 */
record PersonRequest(Optional<String> wantedLanguage) {

    private static final Set<String> COMMANDS = Set.of("/mens", "/person", "/human", "/insan", "/człowiek", "/людина");

    // A person, asked for in words. Deliberately specific: "my son talks to nobody" must not match.
    private static final List<Pattern> ASKS = List.of(
            // nl
            p("(praten|spreken|bellen|chatten) met (iemand|een mens|een persoon|een echt(e)? (mens|persoon)|een medewerker|een vrijwilliger)"),
            p("met (iemand|een mens) (praten|spreken)"), p("(echte?|een) mens spreken"), p("iemand die .{2,20} (spreekt|praat)"),
            // en
            p("(talk|speak|chat) (to|with) (someone|somebody|a (real )?(person|human|volunteer))"),
            p("(real|actual) (person|human)"), p("someone who speaks"), p("a human"),
            // ar
            p("(أتحدث|التحدث|أتكلم|التكلم|أحكي|الحديث|اتكلم|اتحدث|أكلم|اكلم)\\s+(مع|الى|إلى)\\s+(شخص|أحد|احد|إنسان|انسان)"),
            p("شخص\\s+(حقيقي|يتكلم|يتحدث)"), p("(مع|الى|إلى)\\s+(إنسان|انسان)"),
            // tr
            p("biri(yle|siyle) (konuşmak|konuşabilir|görüşmek|görüşebilir)"), p("(bir )?(insanla|kişiyle|gönüllüyle) (konuş|görüş)"),
            p("konuşan (biri|birisi)"),
            // pl
            p("porozmawiać z (kimś|człowiekiem|osobą|konsultantem|wolontariuszem)"),
            p("rozmawiać z (kimś|człowiekiem|osobą|żywym)"), p("kimś, kto mówi|kimś kto mówi"),
            // uk
            p("(поговорити|говорити|розмовляти|спілкуватися) з (кимось|людиною|живою людиною|волонтером|консультантом)"),
            p("з (живою )?людиною"), p("кимось, хто (говорить|розмовляє)|кимось хто (говорить|розмовляє)"));

    private static final Pattern ANONYMOUS = p("anonie?m|anonym|anonim|анонімн|анонимн|مجهول|بدون اسم|بدون ما حدا يعرف");
    private static final Pattern QUOTED = Pattern.compile("[\"“”„«»]([^\"“”„«»]{2,60})[\"“”„«»]|(?<![\\p{L}])'([^'\\n]{2,60})'(?![\\p{L}])");

    // "speaks X": with a language the bot lacks, an offer is worth making even without "talk to someone".
    private static final Pattern SPEAKS = p("spreek|spreken|praat|speak|talk|يتكلم|يتحدث|تتكلم|تتحدث|تحكي|konuş|mówi|mówisz|говор|розмовля");

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Optional<PersonRequest> of(Turn turn) {
        if (turn.kind() == MessageKind.BUTTON) {
            return Buttons.PERSON.equals(turn.text()) ? Optional.of(new PersonRequest(Optional.empty())) : Optional.empty();
        }
        if (turn.kind() != MessageKind.TEXT) {
            return Optional.empty();
        }
        String text = turn.text().strip();
        if (turn.message().isCommand()) {
            String[] parts = text.split("\\s+", 2);
            String name = parts[0].replaceFirst("@.*$", "").toLowerCase(Locale.ROOT);
            if (!COMMANDS.contains(name)) {
                return Optional.empty();
            }
            return Optional.of(new PersonRequest(parts.length > 1 ? LanguageNames.mentioned(parts[1]) : Optional.empty()));
        }
        if (text.length() > 300) {
            return Optional.empty();
        }
        // Written in a language the bot does not speak ("Есть кто-нибудь, кто говорит по-русски?"): the
        // language step answers honestly first and offers the person (naming one who speaks it).
        if (turn.decision().other() != null) {
            return Optional.empty();
        }
        Optional<String> language = LanguageNames.mentioned(text);
        // "kan ik anoniem met iemand praten": a question the content answers (De Kindertelefoon), not a
        // request for one of ours; a quoted button label ("als ik op 'praten met iemand' druk") asks about it.
        String unquoted = QUOTED.matcher(text).replaceAll(" ");
        if (!ANONYMOUS.matcher(text).find() && ASKS.stream().anyMatch(a -> a.matcher(unquoted).find())) {
            return Optional.of(new PersonRequest(language));
        }
        // A language the bot does not speak, asked for in a short message or with "speaks": offer a person.
        if (language.isPresent() && !LanguageNames.botSpeaks(language.get())
                && (text.length() <= 60 || SPEAKS.matcher(text).find())) {
            return Optional.of(new PersonRequest(language));
        }
        return Optional.empty();
    }
}
