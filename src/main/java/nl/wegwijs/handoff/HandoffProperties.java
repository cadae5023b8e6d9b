package nl.wegwijs.handoff;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Handoff settings. Nothing here is secret: admins are Telegram user ids, not credentials.
 *
 * @param registryFile     intermediaries and organisations to seed at startup ({@code WEGWIJS_INTERMEDIARIES})
 * @param admins           Telegram user ids that may manage intermediaries with admin commands
 * @param escalateAfter    how long a ticket may stay unclaimed before the next intermediaries are told
 * @param tellParentAfter  how long a parent waits before the bot says that it takes longer
 * @param notifyAtOnce     how many matched intermediaries hear about a new ticket in the first round
 * @param retention        how long closed tickets (without any text) are kept
 * @param idleClose        a claimed ticket nobody wrote in for this long is closed as NO_RESPONSE
 * @param consentTimeout   a request the parent never answered (with its scrubbed question) is dropped after this
 * @param recentQuestion   how long the parent's last question (scrubbed) is kept in the database, for the consent text
 * @param tick             how often the escalation, retry and retention job runs
 * @param timezone         the zone of the availability hours
 * @param region           the region of this deployment, matched against intermediaries' regions
 */
@ConfigurationProperties("wegwijs.handoff")
record HandoffProperties(
        @DefaultValue("config/intermediaries.yaml") String registryFile,
        @DefaultValue List<Long> admins,
        @DefaultValue("10m") Duration escalateAfter,
        @DefaultValue("20m") Duration tellParentAfter,
        @DefaultValue("2") int notifyAtOnce,
        @DefaultValue("30d") Duration retention,
        @DefaultValue("7d") Duration idleClose,
        @DefaultValue("2h") Duration consentTimeout,
        @DefaultValue("30m") Duration recentQuestion,
        @DefaultValue("30s") Duration tick,
        @DefaultValue("Europe/Amsterdam") ZoneId timezone,
        String region) {

    HandoffProperties {
        admins = admins == null ? List.of() : List.copyOf(admins);
    }

    boolean isAdmin(long telegramUserId) {
        return admins.contains(telegramUserId);
    }
}
