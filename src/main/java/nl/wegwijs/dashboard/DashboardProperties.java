package nl.wegwijs.dashboard;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff accounts from configuration; passwords only as bcrypt hashes (never plain text).
 *
 * @param users who may log in to the dashboard
 */
@ConfigurationProperties("wegwijs.dashboard")
public record DashboardProperties(@DefaultValue List<User> users) {

    /** @param passwordHash bcrypt, e.g. {bcrypt}$2a$10$... */
    public record User(String username, String passwordHash, @DefaultValue("STAFF") List<String> roles) {
    }
}
