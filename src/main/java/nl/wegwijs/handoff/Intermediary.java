package nl.wegwijs.handoff;

import java.util.Set;

/**
 * A volunteer of a community organisation who takes handoffs, or its coordinator (who hears about
 * tickets nobody took). {@code languages} are ISO codes and may include languages the bot itself
 * does not speak (so, ti, fa, zgh); {@code regions} holds "*" for everywhere.
 */
record Intermediary(
        String id,
        String name,
        String organisation,
        long telegramUserId,
        Set<String> languages,
        Set<String> regions,
        Availability hours,
        Delivery delivery,
        boolean coordinator,
        boolean paused,
        int maxOpen) {

    Intermediary {
        // Kept in the order given, so /list shows what the admin typed.
        languages = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(languages));
        regions = regions.isEmpty() ? Set.of("*") : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(regions));
    }

    boolean speaks(String language) {
        return languages.contains(language);
    }

    boolean serves(String region) {
        return region == null || region.isBlank() || regions.contains("*") || regions.contains(region);
    }

    Intermediary withPaused(boolean p) {
        return new Intermediary(id, name, organisation, telegramUserId, languages, regions, hours, delivery, coordinator, p, maxOpen);
    }

    @Override
    public String toString() {
        return "Intermediary[" + id + "]";
    }
}
