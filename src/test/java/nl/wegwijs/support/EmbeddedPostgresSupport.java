package nl.wegwijs.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL per test JVM (binaries from Maven Central), started on first use and
 * stopped when the JVM exits. Tests that need a clean slate make their own database in it.
 */
public final class EmbeddedPostgresSupport {

    private static EmbeddedPostgres postgres;

    private EmbeddedPostgresSupport() {
    }

    public static synchronized EmbeddedPostgres instance() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return postgres;
    }

    /** A fresh, empty database, so tests do not see each other's rows. */
    public static String freshDatabaseUrl() {
        String name = "t" + Long.toHexString(System.nanoTime());
        try (var c = instance().getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return instance().getJdbcUrl("postgres", name);
    }

    public static DataSource freshDataSource() {
        var ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(freshDatabaseUrl());
        ds.setUser("postgres");
        return ds;
    }

    /** Points a Spring context at a fresh PostgreSQL database. */
    public static void register(DynamicPropertyRegistry registry) {
        String url = freshDatabaseUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
