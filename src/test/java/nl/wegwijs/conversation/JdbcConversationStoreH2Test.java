package nl.wegwijs.conversation;

import javax.sql.DataSource;
import nl.wegwijs.support.Databases;

class JdbcConversationStoreH2Test extends ConversationStoreContract {

    @Override
    DataSource dataSource() {
        return Databases.h2();
    }
}
