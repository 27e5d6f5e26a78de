package id.rekon.pispk.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A forward-only cursor on its own read-only connection, so a long scan streams (fetch size,
 * auto-commit off as PostgreSQL needs for streaming) and never holds the step's write
 * transaction open.
 */
final class RowCursor implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;

    RowCursor(DataSource dataSource, String sql, Object... args) {
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(1000);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            rows = statement.executeQuery();
        } catch (SQLException e) {
            close();
            throw new StoreException("Tidak dapat membaca data dari basis data", e);
        }
    }

    ResultSet rows() {
        return rows;
    }

    boolean next() {
        try {
            return rows.next();
        } catch (SQLException e) {
            throw new StoreException("Tidak dapat membaca data dari basis data", e);
        }
    }

    @Override
    public void close() {
        try {
            if (connection != null) {
                connection.rollback();
                connection.close();
            }
        } catch (SQLException ignored) {
            // closing a read-only cursor: nothing to lose
        }
    }
}
