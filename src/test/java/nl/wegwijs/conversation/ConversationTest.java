package nl.wegwijs.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import nl.wegwijs.language.LanguageResolver;
import nl.wegwijs.support.InMemoryConversationStore;
import org.junit.jupiter.api.Test;

class ConversationTest {

    static final InterfaceText TEXT = new InterfaceText();
    static final LanguageResolver LANGUAGES = nl.wegwijs.language.LanguageFixtures.resolver();

    final InMemoryConversationStore store = new InMemoryConversationStore();
    final List<Object> events = new ArrayList<>();
    final ConversationKey key = new ConversationKey(Channel.WEB, "c1");

    Conversation pipeline(ConversationStep... extra) {
        var buttons = new Buttons(TEXT);
        var steps = new ArrayList<ConversationStep>(List.of(extra));
        steps.add(new CommandStep(TEXT, buttons, new PrivacyNotice(TEXT, new org.springframework.mock.env.MockEnvironment())));
        steps.add(new UnsupportedContentStep(TEXT, buttons));
        steps.add(fixed(PipelineStage.FALLBACK, "fallback", OutcomeKind.UNANSWERED));
        return new Conversation(steps, store, LANGUAGES, TEXT, events::add, Clock.systemUTC());
    }

    static ConversationStep fixed(PipelineStage stage, String answer, OutcomeKind kind) {
        return new ConversationStep() {
            public PipelineStage stage() {
                return stage;
            }

            public StepResult handle(Turn turn) {
                return StepResult.answer(turn, Outcome.of(kind, answer), OutboundMessage.of(answer));
            }
        };
    }

    @Test
    void runsStepsInPipelineOrderWhateverTheOrderTheyCameIn() {
        var reply = pipeline(fixed(PipelineStage.FAQ, "faq", OutcomeKind.ANSWERED), fixed(PipelineStage.JARGON, "jargon", OutcomeKind.JARGON))
                .handle(InboundMessage.text(key, "wat is een OTS"));

        assertThat(reply.messages()).extracting(OutboundMessage::text).containsExactly("jargon");
    }

    @Test
    void safetyPrefixComesFirstAndTheNextStepStillAnswers() {
        ConversationStep prefix = new ConversationStep() {
            public PipelineStage stage() {
                return PipelineStage.SAFETY;
            }

            public StepResult handle(Turn turn) {
                return new StepResult.Prefixed(List.of(OutboundMessage.of("112")), Outcome.of(OutcomeKind.CRISIS, "ACUTE_DANGER"));
            }
        };
        var reply = pipeline(prefix, fixed(PipelineStage.HANDOFF, "relayed", OutcomeKind.HANDOFF))
                .handle(InboundMessage.text(key, "help"));

        assertThat(reply.messages()).extracting(OutboundMessage::text).containsExactly("112", "relayed");
        assertThat(events).filteredOn(TurnCompleted.class::isInstance).singleElement()
                .satisfies(e -> {
                    assertThat(((TurnCompleted) e).outcome().kind()).isEqualTo(OutcomeKind.CRISIS);
                    assertThat(((TurnCompleted) e).questionText()).as("crisis turns are recorded without text").isNull();
                });
    }

    @Test
    void startKeepsTheDeepLinkAsReferralAndOffersEveryLanguage() {
        var reply = pipeline().handle(InboundMessage.text(key, "/start org_xyz"));

        assertThat(store.rows.get(key).referral()).isEqualTo("org_xyz");
        assertThat(reply.messages().get(1).buttons()).extracting(Button::value)
                .containsExactly("lang:nl", "lang:en", "lang:ar", "lang:tr", "lang:pl", "lang:uk");
    }

    @Test
    void aLanguageButtonIsAnExplicitChoiceThatSticks() {
        var conversation = pipeline();
        var reply = conversation.handle(InboundMessage.button(key, "lang:ar"));
        assertThat(reply.language()).isEqualTo(Language.AR);

        var next = conversation.handle(InboundMessage.text(key, "Where can I find help for my son?"));
        assertThat(next.language()).isEqualTo(Language.AR);
    }

    @Test
    void forgetErasesTheStateAndTellsTheOtherFeatures() {
        var conversation = pipeline();
        conversation.handle(InboundMessage.text(key, "/start org_xyz"));

        var reply = conversation.handle(InboundMessage.text(key, "/vergeet"));

        assertThat(store.rows).doesNotContainKey(key);
        assertThat(events).contains(new UserForgotten(key));
        assertThat(reply.messages().get(0).text()).contains("gewist");
    }

    @Test
    void aStickerGetsAFriendlyAnswerInTheConversationsLanguage() {
        var conversation = pipeline();
        conversation.handle(InboundMessage.button(key, "lang:pl"));

        var reply = conversation.handle(InboundMessage.of(key, MessageKind.STICKER));

        assertThat(reply.messages().get(0).text()).contains("tylko tekst");
    }

    @Test
    void anOverlongTextIsRefusedKindly() {
        var reply = pipeline().handle(InboundMessage.text(key, "a ".repeat(2100)));

        assertThat(reply.messages().get(0).text()).contains("4000");
    }

    @Test
    void aDatabaseOutageGivesAPoliteTryAgainInTheWritersLanguage() {
        store.failing = true;

        var reply = pipeline().handle(InboundMessage.text(key, "My son does not want to go to school anymore"));

        assertThat(reply.language()).isEqualTo(Language.EN);
        assertThat(reply.messages().get(0).text()).contains("try again").contains("112");
    }

    @Test
    void aFailedForgetIsNeverConfirmed() {
        var conversation = pipeline();
        conversation.handle(InboundMessage.text(key, "/start"));
        store.failing = true;

        var reply = conversation.handle(InboundMessage.text(key, "/vergeet"));

        assertThat(reply.messages().get(0).text()).doesNotContain("gewist").contains("opnieuw");
    }

    static final UrgentCheck HUSBAND_HITS = message -> message.text().contains("hits me")
            ? java.util.Optional.of(new Reply(Language.EN, List.of(OutboundMessage.of("call 112")))) : java.util.Optional.empty();

    static ConversationStore failingStore() {
        return new ConversationStore() {
            public java.util.Optional<ConversationState> find(ConversationKey key) {
                throw new org.springframework.dao.DataAccessResourceFailureException("down");
            }

            public void save(ConversationState state) {
                throw new org.springframework.dao.DataAccessResourceFailureException("down");
            }

            public void delete(ConversationKey key) {
                throw new org.springframework.dao.DataAccessResourceFailureException("down");
            }
        };
    }

    @Test
    void theEmergencyReplyIsCheckedBeforeTheStoreSoADatabaseOutageCannotHoldItBack() {
        var pipeline = new Conversation(List.of(fixed(PipelineStage.FALLBACK, "fallback", OutcomeKind.UNANSWERED)),
                failingStore(), LANGUAGES, TEXT, events::add, Clock.systemUTC(), List.of(HUSBAND_HITS));

        var reply = pipeline.handle(InboundMessage.text(key, "my husband hits me"));

        assertThat(reply.messages()).extracting(OutboundMessage::text).containsExactly("call 112");
    }

    @Test
    void aMessageAdmittedWithItsEmergencyReplyIsNotAnsweredWithItAgain() {
        var pipeline = new Conversation(List.of(fixed(PipelineStage.FALLBACK, "fallback", OutcomeKind.UNANSWERED)),
                store, LANGUAGES, TEXT, events::add, Clock.systemUTC(), List.of(HUSBAND_HITS));

        Admission admission = pipeline.admit(InboundMessage.text(key, "my husband hits me"));
        var later = pipeline.handle(admission.message());

        assertThat(admission.emergency()).hasValueSatisfying(r -> assertThat(r.messages().get(0).text()).isEqualTo("call 112"));
        assertThat(admission.message().emergencySent()).isTrue();
        assertThat(later.messages()).extracting(OutboundMessage::text).containsExactly("fallback");
        assertThat(pipeline.admit(InboundMessage.text(key, "where is the school")).emergency()).isEmpty();
    }

    @Test
    void aSafetyLineGoesUnderTheNormalAnswerWithoutRepeatingItsButtons() {
        var buttons = new Buttons(TEXT);
        ConversationStep line = new ConversationStep() {
            public PipelineStage stage() {
                return PipelineStage.SAFETY;
            }

            public StepResult handle(Turn turn) {
                return new StepResult.Suffixed(List.of(OutboundMessage.of("0800-2000", List.of(buttons.person(Language.NL)))),
                        Outcome.of(OutcomeKind.CRISIS, "DOMESTIC_VIOLENCE"));
            }
        };
        ConversationStep answer = new ConversationStep() {
            public PipelineStage stage() {
                return PipelineStage.FAQ;
            }

            public StepResult handle(Turn turn) {
                return StepResult.answer(turn, Outcome.of(OutcomeKind.ANSWERED, "faq"),
                        OutboundMessage.of("the answer", List.of(buttons.person(Language.NL))));
            }
        };

        var reply = pipeline(line, answer).handle(InboundMessage.text(key, "vroeger sloeg hij me"));

        assertThat(reply.messages()).extracting(OutboundMessage::text).containsExactly("the answer", "0800-2000");
        assertThat(reply.messages().get(1).buttons()).as("the person is already offered above").isEmpty();
        assertThat(events).anySatisfy(e -> assertThat(((TurnCompleted) e).outcome().kind()).isEqualTo(OutcomeKind.CRISIS));
    }
}
