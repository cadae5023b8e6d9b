package nl.wegwijs.window;

import javax.sql.DataSource;
import nl.wegwijs.support.Databases;

class MessagingWindowPostgresIT extends MessagingWindowContract {

    @Override
    DataSource dataSource() {
        return Databases.postgres();
    }
}
