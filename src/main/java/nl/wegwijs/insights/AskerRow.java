package nl.wegwijs.insights;

import java.util.List;

/**
 * The records of one asker (hash, within one month's key) in one group: what the k-anonymity rule
 * needs, and nothing that leaves the insights package.
 *
 * @param seconds sum of time to claim over {@code timed} records
 */
record AskerRow(List<String> key, String month, String asker, long records, long seconds, long timed) {
}
