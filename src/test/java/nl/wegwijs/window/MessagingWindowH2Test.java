package nl.wegwijs.window;

import javax.sql.DataSource;
import nl.wegwijs.support.Databases;

class MessagingWindowH2Test extends MessagingWindowContract {

    @Override
    DataSource dataSource() {
        return Databases.h2();
    }
}
