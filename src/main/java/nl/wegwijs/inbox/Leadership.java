package nl.wegwijs.inbox;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * A database lease that one replica holds at a time, for work that must not run twice (Telegram
 * long polling: Telegram allows one getUpdates caller per bot). The holder renews it well within
 * {@code lease}; if it dies, another replica takes over once the lease has run out.
 */
@Component
public class Leadership {

    private final InboxRepository repository;
    private final Inbox inbox;

    Leadership(InboxRepository repository, Inbox inbox) {
        this.repository = repository;
        this.inbox = inbox;
    }

    /** Takes or renews the lease; true while this replica holds it. */
    public boolean tryLead(String name, Duration lease) {
        return repository.lead(name, inbox.owner(), lease);
    }

    public void resign(String name) {
        repository.resign(name, inbox.owner());
    }
}
