package nl.wegwijs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class StaffUsersTest {

    @Test
    void anOperatorSetsAUserWithEnvironmentVariablesAndABcryptHash() {
        String hash = new BCryptPasswordEncoder().encode("s3cret-for-test");
        var env = new StandardEnvironment();
        env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "WEGWIJS_DASHBOARD_USERS_0_USERNAME", "jeugdplatform",
                "WEGWIJS_DASHBOARD_USERS_0_PASSWORDHASH", hash)));
        DashboardProperties properties = new Binder(ConfigurationPropertySources.get(env))
                .bindOrCreate("wegwijs.dashboard", DashboardProperties.class);

        var config = new StaffUsers();
        var users = config.staffUserDetails(properties);
        var user = users.loadUserByUsername("jeugdplatform");

        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_STAFF");
        assertThat(config.passwordEncoder().matches("s3cret-for-test", user.getPassword())).isTrue();
        assertThat(config.passwordEncoder().matches("wrong", user.getPassword())).isFalse();
    }

    @Test
    void withoutConfiguredUsersNoOneCanLogIn() {
        var users = new StaffUsers().staffUserDetails(new DashboardProperties(java.util.List.of()));

        assertThat(users).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.loadUserByUsername("user"))
                .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
    }
}
