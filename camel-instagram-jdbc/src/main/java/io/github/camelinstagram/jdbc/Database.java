package io.github.camelinstagram.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.github.camelinstagram.error.InstagramStateUnavailableException;

/**
 * The shared database, as the stores use it: one statement or one short transaction per call, on a connection of the
 * application's pool, each statement bounded by {@link #QUERY_TIMEOUT_SECONDS}. Every database failure comes out as an
 * {@link InstagramStateUnavailableException} naming what was being done.
 */
public final class Database {

    /** Longest a statement may run: far longer than any statement here needs, far shorter than a webhook's budget. */
    public static final int QUERY_TIMEOUT_SECONDS = 5;

    private final DataSource dataSource;

    public Database(DataSource dataSource) {
        if (dataSource == null) {
            throw new IllegalArgumentException("A dataSource is needed");
        }
        this.dataSource = dataSource;
    }

    /** Work done with one connection in auto-commit. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work on a connection in auto-commit mode.
     *
     * @param what says what is done, for the exception
     */
    public <T> T call(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return work.run(connection);
        } catch (SQLException | RuntimeException e) {
            throw InstagramStateUnavailableException.of(what, e);
        }
    }

    /** Runs the work in one transaction, committed when it returns and rolled back when it fails. */
    public <T> T transaction(String what, Work<T> work) {
        return call(what, connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /** A statement bounded by {@link #QUERY_TIMEOUT_SECONDS}. */
    public static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
        return statement;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
