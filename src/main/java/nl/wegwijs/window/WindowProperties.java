package nl.wegwijs.window;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keep how long a message held for a user outside their channel's window is kept when they
 *             never write again (the handoff's own retention for closed tickets is the same order)
 */
@ConfigurationProperties("wegwijs.window")
record WindowProperties(@DefaultValue("30d") Duration keep) {
}
