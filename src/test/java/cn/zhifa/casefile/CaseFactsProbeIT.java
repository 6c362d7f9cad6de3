package cn.zhifa.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.casefile.internal.ExecutionMapper;
import cn.zhifa.casefile.internal.RemedyMapper;
import cn.zhifa.casefile.internal.SeizureMapper;
import cn.zhifa.casefile.internal.TransferMapper;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.SqlCounter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case's dependent facts on the real database: a case without them costs one statement for all eight reads in a
 * transaction; a fact written in the transaction is read back at once; outside a transaction every read is made.
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
