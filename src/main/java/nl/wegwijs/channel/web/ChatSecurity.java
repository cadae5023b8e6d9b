package nl.wegwijs.channel.web;

import java.net.URI;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public chat (page, API, Telegram and WhatsApp webhooks, health) needs no login. The API is
 * called by scripts and the page without a session, so no CSRF and no session here. A
 * municipality may show the chat inside its own page: the sites in WEGWIJS_WEB_EMBED_ORIGINS
 * (and this one) may frame it, nobody else (CSP frame-ancestors; X-Frame-Options cannot list sites).
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
class ChatSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain publicChat(HttpSecurity http, WebProperties properties) throws Exception {
        String ancestors = frameAncestors(properties.embedOrigins());
        http.securityMatcher("/", "/index.html", "/chat.js", "/chat.css", "/favicon.ico", "/api/chat", "/api/chat/messages", "/api/chat/letter",
                        "/telegram/**", "/whatsapp/**", "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h
                        .frameOptions(f -> f.disable())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors " + ancestors)));
        return http.build();
    }

    /** Only plain origins (scheme, host, port): anything else could smuggle directives into the header. */
    static String frameAncestors(List<String> origins) {
        StringBuilder out = new StringBuilder("'self'");
        for (String raw : origins) {
            String origin = raw.strip();
            if (origin.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(origin);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("WEGWIJS_WEB_EMBED_ORIGINS: not an origin: " + origin);
            }
            boolean plain = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null
                    && origin.chars().noneMatch(c -> c == ';' || c == ',' || c == '\'' || Character.isWhitespace(c));
            if (!plain) {
                throw new IllegalStateException("WEGWIJS_WEB_EMBED_ORIGINS: not an origin (scheme://host[:port]): " + origin);
            }
            out.append(' ').append(origin);
        }
        return out.toString();
    }
}
