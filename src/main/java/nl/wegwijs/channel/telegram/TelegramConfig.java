package nl.wegwijs.channel.telegram;

import nl.wegwijs.conversation.Conversation;
import nl.wegwijs.handoff.IntermediaryDesk;
import nl.wegwijs.language.InterfaceText;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
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
        return new TelegramReplySender(client, properties, TelegramReplySender.Sleeper.real());
    }

    @Bean(destroyMethod = "close")
    PerChatExecutor telegramChatExecutor(TelegramProperties properties) {
        return new PerChatExecutor(properties.workers(), properties.queueLimit());
    }

    @Bean(destroyMethod = "close")
    UrgentPath telegramUrgentPath(Conversation conversation, TelegramReplySender sender) {
        return new UrgentPath(conversation, sender);
    }

    @Bean
    TelegramUpdateHandler telegramUpdateHandler(Conversation conversation, TelegramReplySender sender,
            PerChatExecutor executor, InterfaceText text, IntermediaryDesk desk, UrgentPath urgent) {
        return new TelegramUpdateHandler(conversation, sender, executor, text, desk, urgent);
    }

    @Bean
    TelegramParentOutbox telegramParentOutbox(TelegramReplySender sender) {
        return new TelegramParentOutbox(sender);
    }

    @Bean
    TelegramIntermediaryOutbox telegramIntermediaryOutbox(TelegramReplySender sender) {
        return new TelegramIntermediaryOutbox(sender);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${wegwijs.telegram.webhook-url:}'.isBlank()")
    TelegramBotsLongPollingApplication telegramLongPolling(TelegramProperties properties, TelegramUpdateHandler handler,
            TelegramClient client) throws TelegramApiException {
        // A webhook left over from an earlier webhook deployment would make getUpdates fail.
        client.execute(DeleteWebhook.builder().build());
        var application = new TelegramBotsLongPollingApplication();
        application.registerBot(properties.token(), properties::telegramUrl, new DefaultGetUpdatesGenerator(), handler);
        return application;
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
