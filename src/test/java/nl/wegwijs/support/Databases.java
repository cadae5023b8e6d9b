package nl.wegwijs.support;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** Migrated databases for adapter tests: the same Flyway scripts the app runs. */
public final class Databases {

    private Databases() {
    }

    /** A new in-memory H2 database in the PostgreSQL mode the application runs H2 in. */
    public static String freshH2Url(String prefix) {
        return "jdbc:h2:mem:" + prefix + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    public static DataSource h2() {
        var ds = new JdbcDataSource();
        ds.setURL(freshH2Url("t"));
        ds.setUser("sa");
        return migrate(ds);
    }

    public static DataSource postgres() {
        return migrate(EmbeddedPostgresSupport.freshDataSource());
    }

    private static DataSource migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return ds;
    }
}
