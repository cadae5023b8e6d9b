package nl.wegwijs.handoff;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Who should hear about a ticket: intermediaries who speak the wanted language, serve the region,
 * are available now and have room, the least busy first. Coordinators are the last resort.
 */
final class Matching {

    private Matching() {
    }

    private record Candidate(Intermediary who, int load) {
    }

    static List<Intermediary> available(Collection<Intermediary> all, Ticket ticket, ZonedDateTime now, ToIntFunction<String> load) {
        return all.stream()
                .filter(i -> suits(i, ticket) && i.hours().isOpen(now))
                .map(i -> new Candidate(i, load.applyAsInt(i.id())))
                .filter(c -> c.load() < c.who().maxOpen())
                .sorted(Comparator.comparingInt(Candidate::load).thenComparing(c -> c.who().id()))
                .map(Candidate::who)
                .toList();
    }

    /** When someone who suits the ticket is next expected, from their availability hours. */
    static Optional<ZonedDateTime> nextExpected(Collection<Intermediary> all, Ticket ticket, ZonedDateTime now) {
        return all.stream()
                .filter(i -> suits(i, ticket))
                .map(i -> i.hours().nextOpening(now))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    /** The coordinators of organisations that have someone for this language, else every coordinator. */
    static List<Intermediary> coordinators(Collection<Intermediary> all, Ticket ticket) {
        Set<String> organisations = all.stream().filter(i -> i.speaks(ticket.wantedLanguage()))
                .map(Intermediary::organisation).collect(Collectors.toSet());
        List<Intermediary> coordinators = all.stream().filter(i -> i.coordinator() && !i.paused()).toList();
        List<Intermediary> ofThem = coordinators.stream().filter(c -> organisations.contains(c.organisation())).toList();
        return ofThem.isEmpty() ? coordinators : ofThem;
    }

    private static boolean suits(Intermediary i, Ticket ticket) {
        return !i.coordinator() && !i.paused() && i.speaks(ticket.wantedLanguage()) && i.serves(ticket.region());
    }
}
