package nl.wegwijs.inbox;

import javax.sql.DataSource;
import nl.wegwijs.support.Databases;

class OutboxClaimH2Test extends OutboxClaimContract {

    @Override
    DataSource dataSource() {
        return Databases.h2();
    }
}
