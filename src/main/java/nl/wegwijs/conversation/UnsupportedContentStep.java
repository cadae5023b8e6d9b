package nl.wegwijs.conversation;

import java.util.List;
import nl.wegwijs.language.InterfaceText;
import org.springframework.stereotype.Component;

/**
 * Stickers, photos, voice notes, files, edited messages and over-long texts: the bot cannot use
 * them, and says so kindly with what the user can do instead, rather than staying silent.
 */
@Component
class UnsupportedContentStep implements ConversationStep {

    private final InterfaceText text;
    private final Buttons buttons;

    UnsupportedContentStep(InterfaceText text, Buttons buttons) {
        this.text = text;
        this.buttons = buttons;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.COMMANDS;
    }

    @Override
    public StepResult handle(Turn turn) {
        if (turn.state().stage() == Stage.IN_HANDOFF && relayedInHandoff(turn)) {
            // A person reads along: the handoff relays it (issue 12).
            return StepResult.pass();
        }
        String key = switch (turn.kind()) {
            case TEXT -> turn.text().length() > InboundMessage.MAX_TEXT ? "unsupported.too-long"
                    : turn.text().isBlank() ? "unsupported.empty" : null;
            case BUTTON, LETTER -> null;
            case STICKER -> "unsupported.sticker";
            case PHOTO -> "unsupported.photo";
            case VOICE, VIDEO -> "unsupported.voice";
            case DOCUMENT -> "unsupported.document";
            case LOCATION, CONTACT -> "unsupported.location";
            case EDITED -> "unsupported.edited";
            case OTHER -> "unsupported.other";
        };
        if (key == null) {
            return StepResult.pass();
        }
        return StepResult.answer(turn, Outcome.of(OutcomeKind.OTHER, key),
                OutboundMessage.of(text.get(turn.language(), key, InboundMessage.MAX_TEXT),
                        List.of(buttons.person(turn.language()), buttons.help(turn.language()))));
    }

    private static boolean relayedInHandoff(Turn turn) {
        return switch (turn.kind()) {
            case TEXT -> turn.text().length() <= InboundMessage.MAX_RELAYED_TEXT;
            case PHOTO, VOICE, VIDEO, DOCUMENT -> turn.message().attachment() != null;
            case EDITED -> !turn.text().isBlank();
            default -> false;
        };
    }
}
