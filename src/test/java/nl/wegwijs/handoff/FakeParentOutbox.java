package nl.wegwijs.handoff;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.conversation.ConversationKey;
import nl.wegwijs.conversation.OutboundMessage;

/** In-memory fake of the parent port for Telegram parents; can fail like a Telegram outage. */
class FakeParentOutbox implements ParentOutbox {

    record Sent(ConversationKey to, OutboundMessage message) {
    }

    final List<Sent> sent = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public void send(ConversationKey parent, List<OutboundMessage> messages) {
        if (failing) {
            throw new IllegalStateException("telegram down");
        }
        messages.forEach(m -> sent.add(new Sent(parent, m)));
    }

    List<String> textsTo(ConversationKey parent) {
        return sent.stream().filter(s -> s.to().equals(parent)).map(s -> s.message().text()).toList();
    }

    void clear() {
        sent.clear();
        failing = false;
    }
}
