package nl.wegwijs.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who may take handoffs: the intermediaries in the database (seeded from the registry file,
 * changed by admins at run time) and the organisations from the file. Read from the database on
 * each use, so a change by an admin on one replica holds on all of them at once.
 */
@Repository
class IntermediaryRegistry {

    enum Source { FILE, ADMIN }

    private final JdbcClient jdbc;
    private final Map<String, Organisation> organisations = new ConcurrentHashMap<>();

    IntermediaryRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Intermediary> all() {
        return jdbc.sql("SELECT * FROM handoff_intermediary ORDER BY id").query(IntermediaryRegistry::map).list();
    }

    Optional<Intermediary> byId(String id) {
        return jdbc.sql("SELECT * FROM handoff_intermediary WHERE id = ?").param(id).query(IntermediaryRegistry::map).optional();
    }

    Optional<Intermediary> byTelegramUser(long userId) {
        return jdbc.sql("SELECT * FROM handoff_intermediary WHERE telegram_user_id = ?").param(userId)
                .query(IntermediaryRegistry::map).optional();
    }

    /** Adds or replaces an intermediary; a file entry keeps the pause an admin set. */
    void save(Intermediary i, Source source) {
        Object[] values = {i.name(), i.organisation(), i.telegramUserId(), String.join(",", i.languages()),
            String.join(",", i.regions()), i.hours().spec(), i.delivery().name(), i.coordinator(), i.maxOpen(),
            source.name(), i.id()};
        int updated = jdbc.sql("""
                UPDATE handoff_intermediary SET name = ?, organisation = ?, telegram_user_id = ?, languages = ?, regions = ?,
                hours = ?, delivery = ?, coordinator = ?, max_open = ?, source = ? WHERE id = ?""")
                .params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO handoff_intermediary (name, organisation, telegram_user_id, languages, regions, hours, delivery,
                    coordinator, max_open, source, id, paused) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)""")
                    .params(values).update();
        }
        if (source == Source.ADMIN) {
            setPaused(i.id(), i.paused());
        }
    }

    /** Entries that came from the file but are no longer in it; admin entries stay. */
    int removeFileEntriesExcept(java.util.Collection<String> ids) {
        return all().stream().map(Intermediary::id).filter(id -> !ids.contains(id))
                .mapToInt(id -> jdbc.sql("DELETE FROM handoff_intermediary WHERE id = ? AND source = 'FILE'").param(id).update())
                .sum();
    }

    boolean setPaused(String id, boolean paused) {
        return jdbc.sql("UPDATE handoff_intermediary SET paused = ? WHERE id = ?").params(paused, id).update() == 1;
    }

    boolean remove(String id) {
        return jdbc.sql("DELETE FROM handoff_intermediary WHERE id = ?").param(id).update() == 1;
    }

    void putOrganisation(Organisation organisation) {
        organisations.put(organisation.id(), organisation);
    }

    Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }

    String organisationName(String id) {
        return organisation(id).map(Organisation::name).orElse(id);
    }

    private static Intermediary map(ResultSet rs, int row) throws SQLException {
        return new Intermediary(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("organisation"),
                rs.getLong("telegram_user_id"),
                split(rs.getString("languages")),
                split(rs.getString("regions")),
                Availability.parse(rs.getString("hours")),
                Delivery.valueOf(rs.getString("delivery")),
                rs.getBoolean("coordinator"),
                rs.getBoolean("paused"),
                rs.getInt("max_open"));
    }

    static Set<String> split(String csv) {
        return csv == null || csv.isBlank() ? Set.of() : Arrays.stream(csv.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
