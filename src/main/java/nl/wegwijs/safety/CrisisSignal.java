package nl.wegwijs.safety;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A message that needs the emergency reply.
 *
 * @param kinds        never empty; an unmodifiable copy in enum order, so replies are stable
 * @param childWriting the writer seems to be a child or young person: the reply adds De Kindertelefoon
 */
record CrisisSignal(Set<CrisisKind> kinds, boolean childWriting) {

    CrisisSignal {
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("a crisis signal needs at least one kind");
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    boolean has(CrisisKind kind) {
        return kinds.contains(kind);
    }
}
