package nl.wegwijs.inbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The durable outbox for channel replies. A turn adds its replies in its own transaction, the one
 * that also marks its inbox message done: a replica that dies before the commit has sent nothing
 * (another replica redoes the turn), and one that dies after it leaves the replies to the senders
 * of any replica. Senders take each chat's replies in order, one at a time per chat across all
 * replicas, and delete each right after the channel's ok; so a reply goes twice only when a
 * replica dies between that ok and the delete's commit.
 */
@Service
public class Outbox {

    private final OutboxRepository repository;
    private final Arrivals arrivals = new Arrivals();

    Outbox(OutboxRepository repository) {
        this.repository = repository;
    }

    /**
     * Keeps one reply (one channel call: a message, or one part of a long one) for its chat, after
     * the chat's earlier ones. Joins the caller's transaction if there is one; the senders hear of
     * it when that commits (a rolled-back turn's replies never existed).
     */
    public void add(String source, String chatKey, String payload) {
        repository.insert(source, chatKey, payload);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            arrivals.signal();
        } else if (!TransactionSynchronizationManager.hasResource(arrivals)) {
            // One wake per transaction: its replies are one chat's run, which one sender takes whole.
            TransactionSynchronizationManager.bindResource(arrivals, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(arrivals);
                    if (status == STATUS_COMMITTED) {
                        arrivals.signal();
                    }
                }
            });
        }
    }

    Arrivals arrivals() {
        return arrivals;
    }
}
