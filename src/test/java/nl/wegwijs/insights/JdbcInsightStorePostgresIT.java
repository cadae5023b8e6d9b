package nl.wegwijs.insights;

import javax.sql.DataSource;
import nl.wegwijs.support.Databases;

class JdbcInsightStorePostgresIT extends JdbcInsightStoreContract {

    @Override
    DataSource dataSource() {
        return Databases.postgres();
    }
}
