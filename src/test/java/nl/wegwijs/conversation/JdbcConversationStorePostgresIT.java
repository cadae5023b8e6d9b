package nl.wegwijs.conversation;

import javax.sql.DataSource;
import nl.wegwijs.support.Databases;

class JdbcConversationStorePostgresIT extends ConversationStoreContract {

    @Override
    DataSource dataSource() {
        return Databases.postgres();
    }
}
