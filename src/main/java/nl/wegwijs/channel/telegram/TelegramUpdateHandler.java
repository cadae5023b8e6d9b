package nl.wegwijs.channel.telegram;

import java.util.List;
import java.util.Optional;
import nl.wegwijs.handoff.IntermediaryDesk;
import nl.wegwijs.conversation.Conversation;
import nl.wegwijs.conversation.OutboundMessage;
import nl.wegwijs.conversation.Reply;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates on the library's polling thread and only hands them on: the conversation
 * itself runs on {@link PerChatExecutor}. Used by long polling and by the webhook alike.
 */
class TelegramUpdateHandler implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateHandler.class);

    private final Conversation conversation;
    private final TelegramReplySender sender;
    private final PerChatExecutor executor;
    private final InterfaceText text;
    private final IntermediaryDesk desk;
    private final UrgentPath urgent;

    TelegramUpdateHandler(Conversation conversation, TelegramReplySender sender, PerChatExecutor executor, InterfaceText text,
            IntermediaryDesk desk, UrgentPath urgent) {
        this.conversation = conversation;
        this.urgent = urgent;
        this.desk = desk;
        this.sender = sender;
        this.executor = executor;
        this.text = text;
    }

    @Override
    public void consume(List<Update> updates) {
        updates.forEach(this::consume);
    }

    void consume(Update update) {
        Optional<DeskMapper.DeskInbound> forDesk = DeskMapper.map(update);
        // Safety hook: the emergency reply goes out here, before queueing (see UrgentPath).
        Optional<ChatInbound> forParent = UpdateMapper.map(update).map(urgent::admit);
        if (forDesk.isPresent()) {
            DeskMapper.DeskInbound d = forDesk.get();
            // Whether it is an intermediary's is looked up on the worker, not on the polling thread.
            boolean accepted = executor.submit(d.message().chatId(), () -> safely(() -> {
                if (desk.accepts(d.message())) {
                    if (d.callbackQueryId() != null) {
                        sender.acknowledge(d.callbackQueryId());
                    }
                    desk.handle(d.message());
                } else {
                    forParent.ifPresent(this::handle);
                }
            }));
            if (!accepted) {
                log.warn("conversation queue full; asking a user to retry");
                forParent.ifPresent(this::busy);
            }
            return;
        }
        forParent.ifPresent(inbound -> {
            boolean accepted = executor.submit(inbound.chatId(), () -> handle(inbound));
            if (!accepted) {
                log.warn("conversation queue full; asking a user to retry");
                busy(inbound);
            }
        });
    }

    private void busy(ChatInbound inbound) {
        java.util.concurrent.CompletableFuture.runAsync(() -> safely(() -> sender.send(inbound.chatId(),
                List.of(OutboundMessage.of(text.get(Language.NL, "error.busy") + "\n\n" + text.get(Language.EN, "error.busy"))))));
    }

    private void handle(ChatInbound inbound) {
        safely(() -> {
            if (inbound.callbackQueryId() != null) {
                sender.acknowledge(inbound.callbackQueryId());
            }
            Reply reply = conversation.handle(inbound.message());
            sender.send(inbound.chatId(), reply.messages());
        });
    }

    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // Never the text or the chat: only what went wrong.
            log.error("telegram update failed: {}", e.toString().replaceAll("[0-9]{5,}", "#"));
        }
    }
}
