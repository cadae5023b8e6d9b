package nl.wegwijs.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The staff world: the dashboard and everything the public chat chain (channel.web, order 1) does
 * not claim needs a form login. No HTTP Basic: a password sent with every request, with no
 * throttle and no logout, is the weaker door. CSRF stays on; the dashboard may not be framed.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    @Bean
    @Order(2)
    SecurityFilterChain staff(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/dashboard.css", "/webjars/**").permitAll()
                        .requestMatchers("/dashboard/**", "/actuator/**").hasRole("STAFF")
                        .anyRequest().authenticated())
                .addFilterBefore(new LoginThrottle(), UsernamePasswordAuthenticationFilter.class)
                // a browser is sent to the login page, a script gets 401 (and no Basic challenge)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) -> {
                    String accept = request.getHeader("Accept");
                    if (accept != null && accept.contains("text/html")) {
                        response.sendRedirect(request.getContextPath() + "/login");
                    } else {
                        response.setStatus(401);
                        response.setContentType("application/json");
                        response.getWriter().write("{\"error\":\"log in at /login\"}");
                    }
                }))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/dashboard", true).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                // charts come from the WebJar and dashboard.js, never from inline script
                .headers(h -> h
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "object-src 'none'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }
}
