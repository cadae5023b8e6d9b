package nl.wegwijs.inbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This replica's inbox workers. Each takes a chat's pending messages (stored by any replica) in
 * one claim, hands them one at a time to their source's {@link InboxHandler} and marks each done,
 * which deletes its text.
 */
@Component
class InboxWorkers extends LeasedWorkers<InboxItem> {

    private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);

    private final Inbox inbox;
    private final InboxRepository repository;
    private final InboxProperties properties;
    private final Map<String, InboxHandler> handlers;
    private final TransactionTemplate transactions;

    InboxWorkers(Inbox inbox, InboxRepository repository, InboxProperties properties, List<InboxHandler> handlers,
            TransactionTemplate transactions) {
        super("inbox", properties.workers(), inbox.arrivals(), properties.lease(), properties.pollInterval(),
                properties.shutdownGrace());
        this.inbox = inbox;
        this.transactions = transactions;
        this.repository = repository;
        this.properties = properties;
        this.handlers = handlers.stream().collect(Collectors.toMap(InboxHandler::source, Function.identity()));
    }

    /** Stops after the web server (which stops taking updates first) and before the database goes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    boolean enabled() {
        return !handlers.isEmpty();
    }

    @Override
    void schedule(ScheduledExecutorService housekeeping) {
        housekeeping.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    List<InboxItem> claim(Duration lease) {
        return repository.claim(handlers.keySet(), inbox.owner(), lease);
    }

    @Override
    void renew(Duration lease) {
        repository.renew(inbox.owner(), lease);
    }

    @Override
    int release() {
        return repository.release(inbox.owner());
    }

    private void purge() {
        try {
            repository.purgeDone(properties.keepDone());
        } catch (DataAccessException e) {
            log.warn("could not purge processed inbox rows", e);
        }
    }

    /**
     * One message in one transaction: the handler's changes (the turn's state, the replies it puts
     * in the {@link Outbox}) and the mark "done" commit together or not at all. A replica that dies
     * before the commit has changed and sent nothing, and the next replica does the message again.
     */
    @Override
    boolean work(InboxItem item) {
        boolean committed = false;
        try {
            transactions.executeWithoutResult(status -> {
                if (item.attempts() > properties.maxAttempts()) {
                    log.error("inbox message {} dropped after {} attempts", item.id(), item.attempts());
                } else {
                    handlers.get(item.source()).handle(item);
                }
                if (halted()) {
                    status.setRollbackOnly(); // died mid-turn: nothing of it happened
                    return;
                }
                repository.done(item.id());
            });
            committed = !halted();
        } catch (RuntimeException e) {
            // The handler answers politely itself; this is the last line: log (no text) and move on.
            log.error("inbox message {} from {} failed", item.id(), item.source(), e);
        }
        if (halted()) {
            return false;
        }
        if (!committed) {
            try {
                repository.done(item.id()); // its changes rolled back; one bad message must not block its chat
            } catch (DataAccessException e) {
                // Left leased: it runs again elsewhere once the lease ends (at least once, never lost).
                log.error("could not mark inbox message {} done", item.id(), e);
                return false;
            }
        }
        return true;
    }
}
