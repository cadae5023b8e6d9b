package nl.wegwijs.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

@Configuration(proxyBeanMethods = false)
class StaffUsers {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService staffUserDetails(DashboardProperties properties) {
        var manager = new InMemoryUserDetailsManager();
        for (DashboardProperties.User u : properties.users()) {
            String hash = u.passwordHash().startsWith("{") ? u.passwordHash() : "{bcrypt}" + u.passwordHash();
            manager.createUser(User.withUsername(u.username()).password(hash)
                    .roles(u.roles().toArray(String[]::new)).build());
        }
        return manager;
    }
}
