package nl.wegwijs.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two worlds: the public chat (page, API, Telegram webhook, health) needs no login; the
 * dashboard and everything else does. The chat API is called by scripts and the page without a
 * session, so CSRF is off for it alone; the dashboard keeps CSRF on.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain publicChat(HttpSecurity http) throws Exception {
        http.securityMatcher("/", "/index.html", "/chat.js", "/chat.css", "/favicon.ico", "/api/chat", "/api/chat/messages",
                        "/telegram/**", "/whatsapp/**", "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'self'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staff(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/dashboard.css", "/webjars/**").permitAll()
                        .requestMatchers("/dashboard/**", "/actuator/**").hasRole("STAFF")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/dashboard", true).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                .httpBasic(Customizer.withDefaults())
                // charts come from the WebJar and dashboard.js, never from inline script
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                + "object-src 'none'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }
}
