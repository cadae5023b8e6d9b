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

    @Bean
    TelegramUpdateHandler telegramUpdateHandler(Conversation conversation, TelegramReplySender sender,
            PerChatExecutor executor, InterfaceText text, IntermediaryDesk desk) {
        return new TelegramUpdateHandler(conversation, sender, executor, text, desk);
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
    TelegramBotsLongPollingApplication telegramLongPolling(TelegramProperties properties, TelegramUpdateHandler handler)
            throws TelegramApiException {
        var application = new TelegramBotsLongPollingApplication();
        application.registerBot(properties.token(), properties::telegramUrl, new DefaultGetUpdatesGenerator(), handler);
        return application;
    }
}
