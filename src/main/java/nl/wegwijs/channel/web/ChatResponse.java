package nl.wegwijs.channel.web;

import java.util.List;
import nl.wegwijs.conversation.Reply;

record ChatResponse(String conversationId, String language, boolean rtl, List<Message> messages) {

    record Message(String text, List<ButtonView> buttons) {
    }

    record ButtonView(String label, String value) {
    }

    static ChatResponse of(String conversationId, Reply reply) {
        return new ChatResponse(conversationId, reply.language().code(), reply.language().rightToLeft(),
                reply.messages().stream()
                        .map(m -> new Message(m.text(), m.buttons().stream()
                                .map(b -> new ButtonView(b.label(), b.value())).toList()))
                        .toList());
    }
}
