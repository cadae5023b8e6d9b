package nl.wegwijs.inbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
    /** One permit per reply added here: a sender never misses one that came while it was busy. */
    private final Semaphore arrivals = new Semaphore(0);

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
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeSender();
                }
            });
        } else {
            wakeSender();
        }
    }

    /** One new reply wakes one idle sender (not all of them, each then querying for the same row). */
    void wakeSender() {
        arrivals.release();
    }

    /** Wakes every sender (stopping). */
    void wakeSenders() {
        arrivals.release(64);
    }

    void awaitArrival(Duration atMost) throws InterruptedException {
        arrivals.tryAcquire(Math.max(1, atMost.toMillis()), TimeUnit.MILLISECONDS);
    }
}
