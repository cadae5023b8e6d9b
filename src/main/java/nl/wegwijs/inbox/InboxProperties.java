package nl.wegwijs.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param workers       threads per replica that work the inbox (each holds one chat at a time)
 * @param capacity      pending messages at most, over all replicas; beyond it intake answers 503
 *                      and Telegram retries later
 * @param lease         how long a claimed message stays with its replica without renewal; a dead
 *                      replica's messages go to another one after this
 * @param pollInterval  how often this replica's idle workers, together, look for work another replica
 *                      stored (each one every workers x this)
 * @param shutdownGrace how long a stopping replica finishes what it holds before releasing it
 * @param keepDone      how long a processed row (without its text) is kept to recognise retries
 * @param maxAttempts   a message whose processing killed this many replicas is dropped
 * @param webWait       how long a web request waits for its conversation's earlier messages
 * @param eventRetryAfter an event between modules (UserForgotten, HandoffEvent) whose listener has
 *                      not finished this long after it was published (it failed, or its replica
 *                      died or restarted) is handed to its listener again
 * @param outboxSenders threads per replica that send the channel replies waiting in the outbox
 *                      (each holds one chat at a time)
 * @param outboxRetryAfter a reply whose channel kept failing (its own retries spent) is tried again
 *                      this long after, and its chat's later replies wait for it
 * @param outboxMaxAttempts a reply still failing after this many tries is dropped (logged)
 * @param outboxPollInterval how often idle senders look for replies this replica did not write
 *                      (a dead replica's, one due again); its own wake a sender at once
 */
@ConfigurationProperties("wegwijs.inbox")
public record InboxProperties(
        @DefaultValue("4") int workers,
        @DefaultValue("2000") int capacity,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("50ms") Duration pollInterval,
        @DefaultValue("10s") Duration shutdownGrace,
        @DefaultValue("24h") Duration keepDone,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("20s") Duration webWait,
        @DefaultValue("1m") Duration eventRetryAfter,
        @DefaultValue("4") int outboxSenders,
        @DefaultValue("30s") Duration outboxRetryAfter,
        @DefaultValue("20") int outboxMaxAttempts,
        @DefaultValue("250ms") Duration outboxPollInterval) {
}
