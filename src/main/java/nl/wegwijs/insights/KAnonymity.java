package nl.wegwijs.insights;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one rule every shown or exported number passes: its group holds at least k distinct askers.
 * Smaller groups are pooled into {@link #OTHER} (per value of the other dimensions), which is shown only
 * if the pool itself reaches k; otherwise they are hidden. Within one table the shown cells and "overig"
 * add up to the whole, so nothing small can be found by subtraction inside it (across differently
 * filtered views it can: see the dashboard's notes).
 *
 * <p>Askers are counted per month and the largest month counts: the same person in two months has two
 * unlinkable hashes, so adding months up could pass five "askers" who are really three people.
 */
final class KAnonymity {

    static final String OTHER = "overig";
    static final int HIDE = -1;

    private final int k;

    KAnonymity(int k) {
        this.k = k;
    }

    int k() {
        return k;
    }

    /**
     * @param otherDim index of the dimension whose small values are pooled into {@link #OTHER};
     *                 {@link #HIDE} to drop small groups
     */
    List<Count> apply(Collection<AskerRow> rows, int otherDim) {
        Map<List<String>, Group> groups = new LinkedHashMap<>();
        for (AskerRow row : rows) {
            groups.computeIfAbsent(row.key(), Group::new).add(row);
        }
        // partition = the key without the pooled dimension: "overig" is per week, per language, ...
        Map<List<String>, List<Group>> shown = new LinkedHashMap<>();
        Map<List<String>, Group> pools = new LinkedHashMap<>();
        for (Group g : groups.values()) {
            List<String> partition = otherDim == HIDE ? g.key : without(g.key, otherDim);
            if (g.askers() >= k) {
                shown.computeIfAbsent(partition, x -> new ArrayList<>()).add(g);
            } else if (otherDim != HIDE) {
                pools.computeIfAbsent(partition, x -> new Group(with(g.key, otherDim, OTHER))).addAll(g);
            }
        }
        List<Count> out = new ArrayList<>();
        for (var pool : pools.entrySet()) {
            Group other = pool.getValue();
            List<Group> siblings = shown.getOrDefault(pool.getKey(), new ArrayList<>());
            if (other.askers() < k && !siblings.isEmpty()) {
                // The shown groups plus "overig" add up to the whole; a small "overig" could be read off by
                // subtracting the shown groups from a total elsewhere. So the smallest shown group joins it.
                Group smallest = siblings.stream()
                        .min(Comparator.comparingInt(Group::askers).thenComparingLong(g -> g.records)).orElseThrow();
                siblings.remove(smallest);
                other.addAll(smallest);
            }
            if (other.askers() >= k) {
                out.add(other.count());
            }
        }
        shown.values().forEach(list -> list.forEach(g -> out.add(g.count())));
        out.sort(Comparator.comparing((Count c) -> otherDim != HIDE && OTHER.equals(c.key().get(otherDim)))
                .thenComparing(Comparator.comparingLong(Count::records).reversed())
                .thenComparing(c -> String.join("\u0000", c.key())));
        return out;
    }

    private static List<String> without(List<String> key, int dim) {
        List<String> k = new ArrayList<>(key);
        k.remove(dim);
        return List.copyOf(k);
    }

    private static List<String> with(List<String> key, int dim, String value) {
        List<String> k = new ArrayList<>(key);
        k.set(dim, value);
        return List.copyOf(k);
    }

    /** A single number for a whole selection (no dimensions): shown only if it passes k. */
    Count total(Collection<AskerRow> rows) {
        Group g = new Group(List.of());
        rows.forEach(g::add);
        return g.askers() >= k ? g.count() : null;
    }

    private static final class Group {
        final List<String> key;
        final Map<String, Set<String>> askersByMonth = new HashMap<>();
        long records;
        long seconds;
        long timed;

        Group(List<String> key) {
            this.key = key;
        }

        void add(AskerRow row) {
            askersByMonth.computeIfAbsent(row.month(), m -> new HashSet<>()).add(row.asker());
            records += row.records();
            seconds += row.seconds();
            timed += row.timed();
        }

        void addAll(Group other) {
            other.askersByMonth.forEach((m, set) -> askersByMonth.computeIfAbsent(m, x -> new HashSet<>()).addAll(set));
            records += other.records;
            seconds += other.seconds;
            timed += other.timed;
        }

        int askers() {
            return askersByMonth.values().stream().mapToInt(Set::size).max().orElse(0);
        }

        Count count() {
            return new Count(key, records, askers(), seconds, timed);
        }
    }
}
