package nl.wegwijs.channel.web;

import java.time.Duration;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.limits.KeyedLimits;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ChatEdgeConfig {

    @Bean
    FilterRegistrationBean<ChatEdge> chatEdge(WebProperties properties, InterfaceText text) {
        var edge = new ChatEdge(properties.maxBody().toBytes(),
                new KeyedLimits("web-client", properties.perClient(), Duration.ofMinutes(1)), text);
        var registration = new FilterRegistrationBean<>(edge);
        registration.addUrlPatterns("/api/chat", "/api/chat/*");
        return registration;
    }

    @Bean
    ConversationLimits conversationLimits(WebProperties properties) {
        return new ConversationLimits(new KeyedLimits("web-conversation", properties.perConversation(), Duration.ofMinutes(1)));
    }
}
