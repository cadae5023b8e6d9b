package nl.wegwijs.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.springframework.stereotype.Component;

/**
 * The bot's own commands and their buttons: /start (with a deep-link referral), /taal, /help,
 * /vergeet, /privacy. Commands of other features (/mens, /stop) are left to them.
 */
@Component
class CommandStep implements ConversationStep, ButtonCatalog {

    private static final Pattern REFERRAL = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final InterfaceText text;
    private final Buttons buttons;
    private final PrivacyNotice privacy;

    CommandStep(InterfaceText text, Buttons buttons, PrivacyNotice privacy) {
        this.text = text;
        this.buttons = buttons;
        this.privacy = privacy;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.COMMANDS;
    }

    @Override
    public boolean knows(String value) {
        return value.startsWith(Buttons.LANGUAGE_PREFIX)
                ? Language.fromCode(value.substring(Buttons.LANGUAGE_PREFIX.length())).isPresent()
                : List.of(Buttons.HELP, Buttons.CHOOSE_LANGUAGE, Buttons.FORGET).contains(value);
    }

    @Override
    public StepResult handle(Turn turn) {
        Optional<Command> command = Command.parse(turn.message());
        if (command.isEmpty()) {
            return StepResult.pass();
        }
        Language language = turn.language();
        String argument = command.get().argument();
        return switch (command.get().name()) {
            case "start" -> start(turn, argument);
            case "taal", "language", "lang", "dil", "język", "jezyk", "мова", "لغة" -> languagePicker(turn);
            case "help", "hulp", "info" -> new StepResult.Answered(List.of(help(language)), turn.state(),
                    Outcome.of(OutcomeKind.COMMAND, "help"));
            case "vergeet", "forget" -> new StepResult.Answered(
                    List.of(OutboundMessage.of(text.get(language, "forget.done"), List.of(buttons.chooseLanguage(language)))),
                    null, Outcome.of(OutcomeKind.COMMAND, "forget"));
            case "privacy", "privacyverklaring", "gizlilik", "prywatnosc", "prywatność", "приватність", "خصوصية" ->
                    StepResult.answer(turn, Outcome.of(OutcomeKind.COMMAND, "privacy"),
                            OutboundMessage.of(privacy.full(language), List.of(buttons.forget(language))));
            case "choose-language" -> choose(turn, argument);
            default -> StepResult.pass();
        };
    }

    private StepResult start(Turn turn, String argument) {
        ConversationState state = turn.state();
        if (argument != null && REFERRAL.matcher(argument).matches()) {
            state = state.withReferral(argument);
        }
        Language language = turn.language();
        List<OutboundMessage> messages = List.of(
                OutboundMessage.of(privacy.greeting(language)),
                OutboundMessage.of(text.get(language, "start.choose"), buttons.languagePicker()));
        return new StepResult.Answered(messages, state, Outcome.of(OutcomeKind.COMMAND, "start"));
    }

    private StepResult languagePicker(Turn turn) {
        return StepResult.answer(turn, Outcome.of(OutcomeKind.COMMAND, "language"),
                OutboundMessage.of(text.get(turn.language(), "start.choose"), buttons.languagePicker()));
    }

    private StepResult choose(Turn turn, String code) {
        Optional<Language> chosen = Language.fromCode(code);
        if (chosen.isEmpty()) {
            return languagePicker(turn);
        }
        Language language = chosen.get();
        ConversationState state = turn.state().withLanguage(language, true);
        return new StepResult.Answered(
                List.of(OutboundMessage.of(text.get(language, "language.set") + "\n\n" + text.get(language, "start.ask"),
                        List.of(buttons.person(language), buttons.help(language)))),
                state, Outcome.of(OutcomeKind.COMMAND, "language:" + language.code()));
    }

    private OutboundMessage help(Language language) {
        return OutboundMessage.of(text.get(language, "help.text"),
                List.of(buttons.person(language), buttons.chooseLanguage(language), buttons.forget(language)));
    }

    /** A slash command or one of our buttons, reduced to a name and an optional argument. */
    record Command(String name, String argument) {

        static Optional<Command> parse(InboundMessage message) {
            String t = message.text().strip();
            if (message.kind() == MessageKind.BUTTON) {
                if (t.startsWith(Buttons.LANGUAGE_PREFIX)) {
                    return Optional.of(new Command("choose-language", t.substring(Buttons.LANGUAGE_PREFIX.length())));
                }
                return switch (t) {
                    case Buttons.HELP -> Optional.of(new Command("help", null));
                    case Buttons.CHOOSE_LANGUAGE -> Optional.of(new Command("taal", null));
                    case Buttons.FORGET -> Optional.of(new Command("vergeet", null));
                    default -> Optional.empty();
                };
            }
            if (!message.isCommand()) {
                return Optional.empty();
            }
            String[] parts = t.substring(1).split("\\s+", 2);
            // Telegram appends the bot's name in groups: /start@WegwijsBot
            String name = parts[0].replaceFirst("@.*$", "").toLowerCase(Locale.ROOT);
            return Optional.of(new Command(name, parts.length > 1 ? parts[1].strip() : null));
        }
    }
}
