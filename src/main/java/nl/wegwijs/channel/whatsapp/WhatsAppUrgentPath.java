package nl.wegwijs.channel.whatsapp;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.wegwijs.conversation.Admission;
import nl.wegwijs.conversation.Conversation;
import nl.wegwijs.conversation.InboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crisis fast lane for WhatsApp, as Telegram's: at intake, before the message joins its chat's
 * queue, {@link Conversation#admit} checks it; an emergency reply goes out at once on these few
 * threads of its own, so it waits neither behind the same chat's slow work nor behind other chats.
 */
class WhatsAppUrgentPath implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppUrgentPath.class);

    private final Conversation conversation;
    private final WhatsAppSender sender;
    private final ThreadPoolExecutor pool;

    WhatsAppUrgentPath(Conversation conversation, WhatsAppSender sender) {
        this.conversation = conversation;
        this.sender = sender;
        // Sending an emergency reply matters more than the webhook's pace: when full, the caller sends it.
        this.pool = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(100), r -> {
            Thread t = new Thread(r, "wegwijs-whatsapp-urgent");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Sends the emergency reply if the message needs one; returns the message to queue, marked if so. */
    InboundMessage admit(String to, InboundMessage message) {
        Admission admission = conversation.admit(message);
        admission.emergency().ifPresent(reply -> pool.execute(() -> {
            try {
                sender.send(to, reply.language(), reply.messages());
            } catch (RuntimeException e) {
                log.error("emergency reply failed: {}", e.getClass().getSimpleName());
            }
        }));
        return admission.message();
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
