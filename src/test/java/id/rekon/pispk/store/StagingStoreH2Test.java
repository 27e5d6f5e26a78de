package id.rekon.pispk.store;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;

/** {@link AbstractStagingStoreTest} on H2, the default database. */
class StagingStoreH2Test extends AbstractStagingStoreTest {

    @Override
    DataSource openDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:staging-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }
}
