package cn.zhifa.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.internal.CaseFactsProbe;
import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.casefile.internal.ExecutionMapper;
import cn.zhifa.casefile.internal.RemedyMapper;
import cn.zhifa.casefile.internal.SeizureMapper;
import cn.zhifa.casefile.internal.TransferMapper;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.SqlCounter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case's dependent facts on the real database: a case without them costs one statement for all eight reads in a
 * transaction (its row, which a step already holds); a fact written in the transaction is read back at once; outside a
 * transaction every read is made; every insert of a fact sets its table's bit on the case, once.
 */
@IntegrationTest
class CaseFactsProbeIT {

    @Autowired CaseFiles f;
    @Autowired ClockMapper clock;
    @Autowired ExecutionMapper execution;
    @Autowired RemedyMapper remedies;
    @Autowired SeizureMapper seizures;
    @Autowired TransferMapper transfers;
    @Autowired PlatformTransactionManager txm;
    @Autowired SqlSessionFactory sessions;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseFactsProbe probe;

    @Test
    void everyInsertOfAFactNamesItsCase() {
        int checked = 0;
        for (Object o : sessions.getConfiguration().getMappedStatements()) {
            if (!(o instanceof MappedStatement ms) || ms.getSqlCommandType() != SqlCommandType.INSERT) {
                continue;
            }
            String sql;
            try {
                sql = ms.getBoundSql(null).getSql().toLowerCase(Locale.ROOT).trim();
            } catch (RuntimeException dynamic) {
                continue; // SQL that needs its parameter; the nine inserts of facts are static (counted below)
            }
            String table = sql.replaceFirst("^insert\\s+into\\s+(\\w+)[\\s\\S]*$", "$1");
            if (probe.tables().contains(table)) {
                assertThat(ms.getBoundSql(null).getParameterMappings()).as(ms.getId())
                        .anyMatch(m -> m.getProperty().equals("caseId"));
                checked++;
            }
        }
        assertThat(checked).as("inserts into the eight fact tables and review's three").isGreaterThanOrEqualTo(12);
    }

    @Test
    void anInsertedFactSetsItsTablesBitOnTheCaseOnce() {
        long caseId = f.aLead().id();
        long officer = f.actor("officer1").userId();
        long head = f.actor("head1").userId();
        assertThat(factTables(caseId)).isZero();
        for (int i = 0; i < 2; i++) {
            clock.insertEvent(caseId, ClockEventKind.PAUSE_HEARING, LocalDate.of(2026, 3, 2 + i), null, null, "听证",
                    head, officer, LocalDateTime.of(2026, 3, 2, 9, 0));
        }
        assertThat(factTables(caseId)).as("the clock's bit, once").isEqualTo(2);
        execution.insertPayment(caseId, "R-1", new BigDecimal("100.00"), BigDecimal.ZERO, LocalDate.of(2026, 3, 3),
                officer, LocalDateTime.of(2026, 3, 3, 9, 0));
        assertThat(factTables(caseId)).isEqualTo(2 + 32);
        List<Integer> inTransaction = new TransactionTemplate(txm).execute(s -> readAll(caseId));
        assertThat(inTransaction).isEqualTo(List.of(0, 2, 0, 0, 0, 1, 0, 0));

        long other = f.aLead().id();
        long statements = new TransactionTemplate(txm).execute(s -> {
            long t0 = SqlCounter.total();
            for (int i = 0; i < 2; i++) {
                execution.insertPayment(other, "R-" + (2 + i), new BigDecimal("50.00"), BigDecimal.ZERO,
                        LocalDate.of(2026, 3, 3), officer, LocalDateTime.of(2026, 3, 3, 9, i));
            }
            return SqlCounter.total() - t0;
        });
        assertThat(statements).as("two payments in one transaction: the bit set once, then two inserts").isEqualTo(3);
        assertThat(factTables(other)).isEqualTo(32);
    }

    private int factTables(long caseId) {
        return jdbc.queryForObject("SELECT fact_tables FROM case_file WHERE id = ?", Integer.class, caseId);
    }

    private List<Integer> readAll(long caseId) {
        return List.of(transfers.transfers(caseId).size(), clock.events(caseId).size(),
                clock.preservations(caseId).size(), remedies.ofCase(caseId).size(), remedies.hearings(caseId).size(),
                execution.payments(caseId).size(), execution.acts(caseId).size(), seizures.seizures(caseId).size());
    }

    @Test
    void aCaseWithoutFactsCostsOneStatementAndAWrittenFactIsReadBack() {
        long caseId = f.aLead().id();
        long officer = f.actor("officer1").userId();
        long head = f.actor("head1").userId();
        long outside = SqlCounter.total();
        assertThat(readAll(caseId)).containsOnly(0);
        assertThat(SqlCounter.total() - outside).as("outside a transaction: every read").isEqualTo(8);

        List<Object> seen = new TransactionTemplate(txm).execute(s -> {
            long t0 = SqlCounter.total();
            List<Integer> first = readAll(caseId);
            long probed = SqlCounter.total() - t0;
            clock.insertEvent(caseId, ClockEventKind.PAUSE_HEARING, LocalDate.of(2026, 3, 2), null, null, "听证",
                    head, officer, LocalDateTime.of(2026, 3, 2, 9, 0));
            List<ClockEvent> events = clock.events(caseId);
            List<Integer> again = readAll(caseId);
            s.setRollbackOnly();
            return List.of(first, probed, events.size(), events.get(0).reason(), again);
        });
        assertThat(seen.get(0)).isEqualTo(List.of(0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(seen.get(1)).as("one probe answers the eight reads").isEqualTo(1L);
        assertThat(seen.get(2)).as("the event written in the transaction is read").isEqualTo(1);
        assertThat(seen.get(3)).isEqualTo("听证");
        assertThat(seen.get(4)).isEqualTo(List.of(0, 1, 0, 0, 0, 0, 0, 0));
        assertThat(clock.events(caseId)).as("rolled back").isEmpty();
    }
}
