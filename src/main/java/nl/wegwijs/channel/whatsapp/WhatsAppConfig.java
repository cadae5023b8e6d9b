package nl.wegwijs.channel.whatsapp;

import nl.wegwijs.conversation.Conversation;
import nl.wegwijs.conversation.ConversationStore;
import nl.wegwijs.inbox.Inbox;
import nl.wegwijs.inbox.Outbox;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.window.MessagingWindow;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** WhatsApp is on only with an access token and a phone number id (README, "WhatsApp"). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${wegwijs.whatsapp.access-token:}'.isBlank() && !'${wegwijs.whatsapp.phone-number-id:}'.isBlank()")
class WhatsAppConfig {

    @Bean
    GraphApi whatsAppGraphApi(WhatsAppProperties properties) {
        properties.requireSecrets();
        return new GraphApi(properties);
    }

    @Bean
    WhatsAppSender whatsAppSender(GraphApi api, InterfaceText text, WhatsAppProperties properties) {
        return new WhatsAppSender(api, new WhatsAppMessages(text), properties);
    }

    @Bean
    WhatsAppLetterFiles whatsAppLetterFiles(GraphApi api) {
        return new WhatsAppLetterFiles(api);
    }

    @Bean
    WhatsAppLetterReplies whatsAppLetterReplies(WhatsAppChatReplies replies) {
        return new WhatsAppLetterReplies(replies);
    }

    @Bean
    WhatsAppChatReplies whatsAppChatReplies(Outbox outbox, GraphApi api, InterfaceText text) {
        return new WhatsAppChatReplies(outbox, api, new WhatsAppMessages(text));
    }

    @Bean(destroyMethod = "close")
    WhatsAppUrgentPath whatsAppUrgentPath(Conversation conversation, WhatsAppSender sender) {
        return new WhatsAppUrgentPath(conversation, sender);
    }

    @Bean
    WhatsAppParentOutbox whatsAppParentOutbox(WhatsAppSender sender, MessagingWindow window, ConversationStore conversations,
            WhatsAppProperties properties, org.springframework.beans.factory.ObjectProvider<nl.wegwijs.letters.LetterFiles> files,
            InterfaceText text) {
        return new WhatsAppParentOutbox(sender, window, conversations, properties, files, text);
    }

    @Bean
    WhatsAppInbox whatsAppInbox(Conversation conversation, WhatsAppSender sender, WhatsAppChatReplies replies, Inbox inbox,
            WhatsAppUrgentPath urgent, MessagingWindow window, WhatsAppParentOutbox outbox, WhatsAppProperties properties) {
        return new WhatsAppInbox(conversation, sender, replies, inbox, urgent, window, outbox, properties);
    }
}
