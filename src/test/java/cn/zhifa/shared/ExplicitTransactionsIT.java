package cn.zhifa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions through the application's data source keep JDBC's meaning on both databases — uncommitted work is
 * invisible to others, a rollback undoes it, a connection closed inside a transaction gives its work back, and after
 * a commit the next statement is in a new transaction. On MariaDB a transaction is opened with
 * {@code START TRANSACTION} and never switches autocommit (decision 0039).
 */
@IntegrationTest
class ExplicitTransactionsIT {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager txm;

    @Test
    void aSpringTransactionsWorkIsSeenByOthersOnlyOnceItCommits() {
        String name = key();
        new TransactionTemplate(txm).executeWithoutResult(s -> {
            jdbc.update("INSERT INTO app_setting (name, setting, updated_at) VALUES (?, 'a', CURRENT_TIMESTAMP)", name);
            assertThat(countElsewhere(name)).as("uncommitted, seen from another connection").isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_setting WHERE name = ?", Integer.class, name))
                    .as("seen inside its own transaction").isEqualTo(1);
        });
        assertThat(countElsewhere(name)).as("committed").isEqualTo(1);
    }

    @Test
    void aRolledBackSpringTransactionLeavesNothing() {
        String name = key();
        new TransactionTemplate(txm).executeWithoutResult(s -> {
            jdbc.update("INSERT INTO app_setting (name, setting, updated_at) VALUES (?, 'a', CURRENT_TIMESTAMP)", name);
            s.setRollbackOnly();
        });
        assertThat(countElsewhere(name)).isZero();
    }

    @Test
    void aConnectionClosedInsideATransactionGivesItsWorkBack() throws SQLException {
        String name = key();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            insert(c, name);
            assertThat(c.getAutoCommit()).isFalse();
        }
        assertThat(countElsewhere(name)).isZero();
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getAutoCommit()).as("the pool's connection is back in autocommit mode").isTrue();
        }
    }

    @Test
    void afterACommitTheNextStatementIsInANewTransaction() throws SQLException {
        String first = key();
        String second = key();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            insert(c, first);
            c.commit();
            insert(c, second);
            assertThat(countElsewhere(second)).as("the statement after the commit is not autocommitted").isZero();
            c.rollback();
            c.setAutoCommit(true);
        }
        assertThat(countElsewhere(first)).isEqualTo(1);
        assertThat(countElsewhere(second)).isZero();
    }

    @Test
    void switchingAutocommitOnCommitsWhatIsOpen() throws SQLException {
        String name = key();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            insert(c, name);
            c.setAutoCommit(true);
            assertThat(c.getAutoCommit()).isTrue();
        }
        assertThat(countElsewhere(name)).isEqualTo(1);
    }

    @Test
    void onMariaDbATransactionCostsStartAndCommitAndNoAutocommitSwitch() throws SQLException {
        if (!TestDatabase.mariadb()) {
            return; // H2 keeps the driver's own autocommit switch
        }
        try (Connection c = dataSource.getConnection()) {
            long setOptions = status(c, "Com_set_option");
            long begins = status(c, "Com_begin");
            long commits = status(c, "Com_commit");
            c.setAutoCommit(false); // what the transaction manager does at the start of every transaction
            insert(c, key());
            c.commit();
            c.setAutoCommit(true); // … and at its end
            assertThat(status(c, "Com_set_option") - setOptions).as("SET autocommit statements").isZero();
            assertThat(status(c, "Com_begin") - begins).as("START TRANSACTION").isEqualTo(1);
            assertThat(status(c, "Com_commit") - commits).as("COMMIT").isEqualTo(1);
        }
    }

    private static String key() {
        return "explicit-tx-" + UUID.randomUUID();
    }

    private static void insert(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO app_setting (name, setting, updated_at) VALUES (?, 'a', CURRENT_TIMESTAMP)")) {
            p.setString(1, name);
            p.executeUpdate();
        }
    }

    /** The row count for {@code name} read on a connection of its own, outside any transaction of the test. */
    private int countElsewhere(String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM app_setting WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long status(Connection c, String variable) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE '" + variable + "'")) {
            rs.next();
            return rs.getLong(2);
        }
    }
}
