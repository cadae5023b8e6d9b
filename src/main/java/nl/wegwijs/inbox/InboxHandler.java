package nl.wegwijs.inbox;

/**
 * Processes the stored messages of one source (a channel). Called on an inbox worker, with the
 * chat's lease held: no other message of the chat runs meanwhile, on any replica. An exception
 * is logged and the message counts as processed, so one bad message cannot block its chat.
 */
public interface InboxHandler {

    String source();

    void handle(InboxItem item);
}
