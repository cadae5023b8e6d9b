package nl.wegwijs.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Fake of our own ports; {@link #failing} makes every write throw, {@link #threads} shows who wrote. */
class InMemoryInsightStore implements InsightStore, InsightStore.AskerKeys {

    final List<InsightRecord> records = new CopyOnWriteArrayList<>();
    final Map<YearMonth, byte[]> keys = new ConcurrentHashMap<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    /** "month/hash/FACT" */
    final Set<String> facts = ConcurrentHashMap.newKeySet();
    volatile boolean failing;

    @Override
    public void save(InsightRecord record) {
        threads.add(Thread.currentThread().getName());
        if (failing) {
            throw new IllegalStateException("database down (test)");
        }
        records.add(record);
    }

    /** A record of an asker who counts (issued identity, a real question), as most aggregation tests need. */
    void counted(InsightRecord record) {
        records.add(record);
        for (AskerFact fact : AskerFact.values()) {
            markAsker(record.askerMonth(), record.askerHash(), fact);
        }
    }

    @Override
    public void markAsker(String month, String askerHash, AskerFact fact) {
        if (failing) {
            throw new IllegalStateException("database down (test)");
        }
        facts.add(month + "/" + askerHash + "/" + fact);
    }

    boolean counts(InsightRecord r) {
        return Arrays.stream(AskerFact.values())
                .allMatch(f -> facts.contains(r.askerMonth() + "/" + r.askerHash() + "/" + f));
    }

    @Override
    public int deleteWeeksBefore(LocalDate cutoff) {
        int before = records.size();
        records.removeIf(r -> r.weekStart().isBefore(cutoff));
        return before - records.size();
    }

    @Override
    public int deleteAsker(String month, String askerHash) {
        int before = records.size();
        records.removeIf(r -> r.askerMonth().equals(month) && r.askerHash().equals(askerHash));
        facts.removeIf(f -> f.startsWith(month + "/" + askerHash + "/"));
        return before - records.size();
    }

    @Override
    public List<AskerRow> askers(Selection selection, List<Dim> dims) {
        Map<List<String>, long[]> groups = new LinkedHashMap<>();
        for (InsightRecord r : records) {
            if (!selection.matches(r) || !counts(r)) {
                continue;
            }
            List<String> key = new ArrayList<>(dims.stream().map(d -> d.of(r)).toList());
            key.add(r.askerMonth());
            key.add(r.askerHash());
            long[] acc = groups.computeIfAbsent(key, k -> new long[3]);
            acc[0]++;
            if (r.timeToClaimSeconds() != null) {
                acc[1] += r.timeToClaimSeconds();
                acc[2]++;
            }
        }
        List<AskerRow> out = new ArrayList<>();
        groups.forEach((key, acc) -> {
            int n = key.size();
            out.add(new AskerRow(List.copyOf(key.subList(0, n - 2)), key.get(n - 2), key.get(n - 1), acc[0], acc[1], acc[2]));
        });
        return out;
    }

    @Override
    public List<StoredQuestion> questions(Selection selection, int limit) {
        return records.stream().filter(selection::matches).filter(this::counts).filter(r -> r.question() != null)
                .sorted(Comparator.comparing(InsightRecord::weekStart).reversed())
                .limit(limit).map(r -> new StoredQuestion(r.question(), r.askerMonth(), r.askerHash())).toList();
    }

    @Override
    public byte[] keyFor(YearMonth month) {
        return keys.computeIfAbsent(month, m -> {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            return key;
        });
    }

    @Override
    public int deleteBefore(YearMonth month) {
        int before = keys.size();
        keys.keySet().removeIf(m -> m.isBefore(month));
        return before - keys.size();
    }
}
