package nl.wegwijs.handoff;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import nl.wegwijs.conversation.Button;

/** In-memory fake of the intermediary port: records what was sent, edited and opened; can fail like a Telegram outage. */
class FakeIntermediaryOutbox implements IntermediaryOutbox {

    record Sent(IntermediaryAddress to, String text, List<Button> buttons, long messageId) {
    }

    record Edited(IntermediaryAddress to, long messageId, String text) {
    }

    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final List<Edited> edited = new CopyOnWriteArrayList<>();
    final List<Long> topicsOpened = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);
    volatile boolean failing;

    @Override
    public long send(IntermediaryAddress to, String text, List<Button> buttons) {
        if (failing) {
            throw new IllegalStateException("telegram down");
        }
        long id = ids.incrementAndGet();
        sent.add(new Sent(to, text, buttons, id));
        return id;
    }

    @Override
    public void edit(IntermediaryAddress to, long messageId, String text) {
        if (failing) {
            throw new IllegalStateException("telegram down");
        }
        edited.add(new Edited(to, messageId, text));
    }

    @Override
    public long openTopic(long groupChatId, String title) {
        if (failing) {
            throw new IllegalStateException("telegram down");
        }
        long thread = ids.incrementAndGet();
        topicsOpened.add(thread);
        return thread;
    }

    List<Sent> to(long chatId) {
        return sent.stream().filter(s -> s.to().chatId() == chatId).toList();
    }

    String textTo(long chatId) {
        return String.join("\n---\n", to(chatId).stream().map(Sent::text).toList());
    }

    void clear() {
        sent.clear();
        edited.clear();
        topicsOpened.clear();
        failing = false;
    }
}
