package nl.wegwijs.insights;

import javax.sql.DataSource;
import nl.wegwijs.support.Databases;

class JdbcInsightStoreH2Test extends JdbcInsightStoreContract {

    @Override
    DataSource dataSource() {
        return Databases.h2();
    }
}
