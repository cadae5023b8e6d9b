package nl.wegwijs.channel.telegram;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.wegwijs.conversation.Admission;
import nl.wegwijs.conversation.Conversation;
import nl.wegwijs.conversation.OutboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A crisis never waits: at intake, before a message joins its chat's queue, the core's fast safety
 * check runs ({@link Conversation#admit}); an emergency reply goes out at once on these few threads of
 * its own, so it waits neither behind the same chat's slow work (a model, retries) nor behind other
 * chats'. The message then joins the queue as usual, marked so the pipeline does not send the
 * numbers twice.
 */
class UrgentPath implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UrgentPath.class);

    private final Conversation conversation;
    private final TelegramReplySender sender;
    private final ThreadPoolExecutor pool;

    UrgentPath(Conversation conversation, TelegramReplySender sender) {
        this.conversation = conversation;
        this.sender = sender;
        // Sending an emergency reply matters more than the polling pace: when full, the caller sends it.
        this.pool = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(100), r -> {
            Thread t = new Thread(r, "wegwijs-urgent");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Sends the emergency reply if the message needs one; returns the message to queue. */
    ChatInbound admit(ChatInbound inbound) {
        Admission admission = conversation.admit(inbound.message());
        admission.emergency().ifPresent(reply -> pool.execute(() -> send(inbound.chatId(), reply.messages())));
        return new ChatInbound(inbound.chatId(), admission.message(), inbound.callbackQueryId());
    }

    private void send(long chatId, List<OutboundMessage> messages) {
        try {
            sender.send(chatId, messages);
        } catch (RuntimeException e) {
            log.error("emergency reply failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
