package nl.wegwijs.insights;

import java.time.Duration;
import java.util.List;

/**
 * One number the dashboard may show: its group has at least k distinct askers.
 *
 * @param askers  distinct askers, counted within each month and taking the largest month: hashes of
 *                different months cannot be linked, so this is the count we can vouch for
 * @param timed   records with a time to claim, and {@code seconds} their sum
 */
public record Count(List<String> key, long records, int askers, long seconds, long timed) {

    public String label() {
        return key.isEmpty() ? "" : key.get(key.size() - 1);
    }

    public String part(int i) {
        return key.get(i);
    }

    /** Mean time to claim, or null when none of the records has one. */
    public Duration meanTimeToClaim() {
        return timed == 0 ? null : Duration.ofSeconds(Math.round((double) seconds / timed));
    }
}
