package cn.zhifa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.organization.internal.OrganizationMapper;
import cn.zhifa.organization.internal.UserRow;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.SqlCounter;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transaction's read cache on the real database: a read is made once while the transaction writes other tables,
 * made again after a write of its own table (and then sees that write), and never outlives its transaction. Every
 * table and view of the database is one the cache knows from the migrations.
 */
@IntegrationTest
class TransactionReadCacheIT {

    @Autowired DataSource dataSource;
    @Autowired OrganizationMapper mapper;
    @Autowired TransactionReadCache cache;
    @Autowired PlatformTransactionManager txm;

    @Test
    void everyTableAndViewOfTheDatabaseIsKnownFromTheMigrations() throws Exception {
        Set<String> inDatabase = new HashSet<>();
        Set<String> views = new HashSet<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            boolean mysql = md.getURL().startsWith("jdbc:mysql:");
            try (ResultSet rs = md.getTables(mysql ? c.getCatalog() : null, mysql ? null : "PUBLIC", "%",
                    new String[] {"TABLE", "VIEW"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!name.startsWith("act_") && !name.startsWith("flyway")) {
                        ("VIEW".equals(rs.getString("TABLE_TYPE")) ? views : inDatabase).add(name);
                    }
                }
            }
        }
        assertThat(cache.schema().tables()).containsAll(inDatabase);
        assertThat(cache.schema().views()).containsExactlyInAnyOrderElementsOf(views);
    }

    @Test
    void aReadIsMadeOnceUntilItsOwnTableIsWritten() {
        UserRow user = mapper.findUsers(null).get(0);
        String name = user.displayName;
        TransactionTemplate tx = new TransactionTemplate(txm);
        List<String> seen = tx.execute(s -> {
            long before = SqlCounter.total();
            String first = mapper.findUser(user.id).displayName;
            mapper.updateCertificateStatus(-1L, "VALID"); // another table: the user's row is still current
            String second = mapper.findUser(user.id).displayName;
            long afterTwoReadsAndAWrite = SqlCounter.total() - before;
            UserRow changed = mapper.findUser(user.id);
            changed.displayName = name + "改";
            mapper.updateUser(changed); // its own table: read again, and the change is seen
            String third = mapper.findUser(user.id).displayName;
            long all = SqlCounter.total() - before;
            s.setRollbackOnly();
            return List.of(first, second, third, String.valueOf(afterTwoReadsAndAWrite), String.valueOf(all));
        });
        assertThat(seen.get(0)).isEqualTo(name);
        assertThat(seen.get(1)).isEqualTo(name);
        assertThat(seen.get(3)).as("one read, one write").isEqualTo("2");
        assertThat(seen.get(2)).isEqualTo(name + "改");
        assertThat(seen.get(4)).as("then one write and one read more").isEqualTo("4");
        // a new transaction reads the database again (the change above was rolled back)
        long before = SqlCounter.total();
        String again = tx.execute(s -> mapper.findUser(user.id).displayName);
        assertThat(again).isEqualTo(name);
        assertThat(SqlCounter.total() - before).isEqualTo(1);
    }

    @Test
    void aKeptListIsTheCallersOwn() {
        TransactionTemplate tx = new TransactionTemplate(txm);
        Integer sizes = tx.execute(s -> {
            List<UserRow> first = mapper.findUsers(null);
            int n = first.size();
            first.clear(); // a caller's own list: clearing it changes nothing kept
            return n * 1000 + mapper.findUsers(null).size();
        });
        assertThat(sizes / 1000).isPositive().isEqualTo(sizes % 1000);
    }

    @Test
    void aRowJustWrittenIsKeptAsItsReadUntilTheNextWriteOfItsTable() {
        UserRow user = mapper.findUsers(null).get(0);
        String name = user.displayName;
        String find = OrganizationMapper.class.getName() + ".findUser";
        TransactionTemplate tx = new TransactionTemplate(txm);
        List<String> seen = tx.execute(s -> {
            UserRow changed = mapper.findUser(user.id);
            changed.displayName = name + "改";
            mapper.updateUser(changed);
            TransactionReadCache.keep(find, user.id, changed);
            long before = SqlCounter.total();
            UserRow read = mapper.findUser(user.id); // the kept row: no statement
            long reads = SqlCounter.total() - before;
            // an inner transaction has a cache of its own: it reads the database (and waits for nothing: the outer
            // transaction's change is not committed, so it sees the old name)
            String inner = new TransactionTemplate(txm, new org.springframework.transaction.support
                    .DefaultTransactionDefinition(org.springframework.transaction.TransactionDefinition
                            .PROPAGATION_REQUIRES_NEW)).execute(i -> mapper.findUser(user.id).displayName);
            UserRow afterInner = mapper.findUser(user.id); // the outer cache is bound again after the inner one
            mapper.updateUser(changed); // the table written again: the kept row is forgotten
            before = SqlCounter.total();
            mapper.findUser(user.id);
            long readAgain = SqlCounter.total() - before;
            s.setRollbackOnly();
            return List.of(read.displayName, String.valueOf(read == changed), String.valueOf(reads), inner,
                    String.valueOf(afterInner == changed), String.valueOf(readAgain));
        });
        assertThat(seen).containsExactly(name + "改", "true", "0", name, "true", "1");
        // outside a transaction keeping does nothing
        UserRow notWritten = mapper.findUser(user.id);
        notWritten.displayName = name + "未写";
        TransactionReadCache.keep(find, user.id, notWritten);
        assertThat(mapper.findUser(user.id).displayName).isEqualTo(name);
    }
}
