package nl.wegwijs.channel.telegram;

import nl.wegwijs.conversation.Conversation;
import nl.wegwijs.limits.KeyedLimits;
import nl.wegwijs.handoff.IntermediaryDesk;
import nl.wegwijs.inbox.Inbox;
import nl.wegwijs.inbox.Leadership;
import nl.wegwijs.inbox.Outbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Wires telegrambots by hand (it has no Spring Boot 4 starter); only when a token is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${wegwijs.telegram.token:}'.isBlank()")
class TelegramConfig {

    @Bean
    TelegramClient telegramClient(TelegramProperties properties) {
        return new OkHttpTelegramClient(properties.token(), properties.telegramUrl());
    }

    @Bean
    TelegramReplySender telegramReplySender(TelegramClient client, TelegramProperties properties) {
        return new TelegramReplySender(client, properties);
    }

    @Bean
    TelegramChatReplies telegramChatReplies(Outbox outbox, TelegramReplySender sender) {
        return new TelegramChatReplies(outbox, sender);
    }

    @Bean(destroyMethod = "close")
    UrgentPath telegramUrgentPath(Conversation conversation, TelegramReplySender sender) {
        return new UrgentPath(conversation, sender);
    }

    @Bean
    TelegramUpdateHandler telegramUpdateHandler(Conversation conversation, TelegramReplySender sender,
            TelegramChatReplies replies, Inbox inbox, IntermediaryDesk desk, UrgentPath urgent, TelegramProperties properties) {
        return new TelegramUpdateHandler(conversation, sender, replies, inbox, desk, urgent, properties.token(),
                new KeyedLimits("telegram-chat", properties.perChat(), java.time.Duration.ofMinutes(1)));
    }

    @Bean
    TelegramLetterFiles telegramLetterFiles(TelegramClient client, TelegramProperties properties) {
        return new TelegramLetterFiles(client, properties);
    }

    @Bean
    TelegramLetterReplies telegramLetterReplies(TelegramChatReplies replies) {
        return new TelegramLetterReplies(replies);
    }

    @Bean
    TelegramParentOutbox telegramParentOutbox(TelegramReplySender sender) {
        return new TelegramParentOutbox(sender);
    }

    @Bean
    TelegramIntermediaryOutbox telegramIntermediaryOutbox(TelegramReplySender sender,
            org.springframework.beans.factory.ObjectProvider<nl.wegwijs.letters.LetterFiles> files, nl.wegwijs.handoff.DeskText desk) {
        return new TelegramIntermediaryOutbox(sender, files, desk);
    }

    @Bean
    @ConditionalOnExpression("'${wegwijs.telegram.webhook-url:}'.isBlank()")
    LongPollingLeader telegramLongPolling(TelegramProperties properties, TelegramUpdateHandler handler,
            TelegramClient client, Leadership leadership) {
        return new LongPollingLeader(properties, handler, client, leadership);
    }

    /** Tells Telegram where to post updates; every replica may do so, it is idempotent. */
    @Bean
    @ConditionalOnExpression("!'${wegwijs.telegram.webhook-url:}'.isBlank()")
    org.springframework.boot.ApplicationRunner telegramWebhookRegistration(TelegramProperties properties, TelegramClient client) {
        if (properties.webhookSecret() == null || properties.webhookSecret().isBlank()) {
            throw new IllegalStateException("TELEGRAM_WEBHOOK_SECRET is required in webhook mode");
        }
        return args -> client.execute(SetWebhook.builder().url(properties.webhookUrl()).secretToken(properties.webhookSecret())
                .allowedUpdates(java.util.List.of("message", "edited_message", "callback_query")).build());
    }
}
