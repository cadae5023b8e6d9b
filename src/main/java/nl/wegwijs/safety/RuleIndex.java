package nl.wegwijs.safety;

import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules can match a message at all, from the words it contains: a rule's match begins at a
 * word start with one of its start strings ({@link Rule#starts}), so a rule none of whose start
 * strings begins a word of the message is skipped without running it.
 *
 * <p>Why: every rule of every language runs on every message (about 1,700 regexes), and trying a
 * regex at each word start costs a few microseconds even when it fails at once; that was the
 * largest share of the CPU a message costs (issue 13). The index is exact: it only leaves out rules
 * that cannot match ({@code RuleIndexTest} checks that on every test text), so no verdict changes.
 */
final class RuleIndex {

    private final Map<Rule, Integer> ids = new IdentityHashMap<>();
    private final Map<String, BitSet> byStart = new HashMap<>();
    private final BitSet always = new BitSet();

    RuleIndex(List<Rule> rules) {
        for (Rule rule : rules) {
            int id = ids.size();
            ids.put(rule, id);
            if (rule.starts().isEmpty()) {
                always.set(id);
            }
            for (String start : rule.starts()) {
                byStart.computeIfAbsent(start, s -> new BitSet()).set(id);
            }
        }
    }

    /** The rules that may match {@code normalised} (text as the rules see it: normalised and repaired). */
    Candidates candidates(String normalised) {
        BitSet bits = (BitSet) always.clone();
        for (int i = 1; i < normalised.length(); i++) {
            if (normalised.charAt(i - 1) != ' ') {
                continue; // a rule's match always begins right after a space
            }
            for (int k = 1; k <= FirstLetters.START_LENGTH && i + k <= normalised.length(); k++) {
                BitSet rules = byStart.get(normalised.substring(i, i + k));
                if (rules != null) {
                    bits.or(rules);
                }
            }
        }
        return new Candidates(bits);
    }

    /** The rules worth running on one message. */
    final class Candidates {

        private final BitSet bits;

        private Candidates(BitSet bits) {
            this.bits = bits;
        }

        /** False only when the rule cannot match the message; a rule from another rule set always may. */
        boolean mayMatch(Rule rule) {
            Integer id = ids.get(rule);
            return id == null || bits.get(id);
        }

        /** How many rules may match (for tests and benchmarks). */
        int count() {
            return bits.cardinality();
        }
    }
}
