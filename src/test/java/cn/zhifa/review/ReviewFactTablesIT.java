package cn.zhifa.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.review.internal.HearingRow;
import cn.zhifa.review.internal.ReviewMapper;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.SqlCounter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A legal review's rounds, the advance notice and the hearing as declared fact tables (decision 0041): a case without
 * them is answered from its row in a transaction, a row inserted sets its bit and is read back at once, and outside a
 * transaction every read is made.
 */
@IntegrationTest
class ReviewFactTablesIT {

    @Autowired CaseFiles f;
    @Autowired ReviewMapper reviews;
    @Autowired PlatformTransactionManager txm;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCaseWithoutReviewRowsIsAnsweredFromItsRowAndAnInsertedHearingIsReadBack() {
        long caseId = f.aLead().id();
        long outside = SqlCounter.total();
        assertThat(reviews.rounds(caseId)).isEmpty();
        assertThat(reviews.latestNotice(caseId)).isNull();
        assertThat(reviews.latestHearing(caseId)).isNull();
        assertThat(SqlCounter.total() - outside).as("outside a transaction: every read").isEqualTo(3);

        List<Object> seen = new TransactionTemplate(txm).execute(s -> {
            long t0 = SqlCounter.total();
            boolean none = reviews.rounds(caseId).isEmpty() && reviews.latestNotice(caseId) == null
                    && reviews.latestHearing(caseId) == null;
            long probed = SqlCounter.total() - t0;
            HearingRow h = new HearingRow();
            h.caseId = caseId;
            h.requestedOn = LocalDate.of(2026, 3, 2);
            h.status = "REQUESTED";
            reviews.insertHearing(h);
            HearingRow back = reviews.latestHearing(caseId);
            return List.of(none, probed, back == null ? "" : back.status);
        });
        assertThat(seen.get(0)).isEqualTo(true);
        assertThat(seen.get(1)).as("the case row answers the three reads").isEqualTo(1L);
        assertThat(seen.get(2)).as("the hearing written in the transaction is read").isEqualTo("REQUESTED");
        assertThat(jdbc.queryForObject("SELECT fact_tables FROM case_file WHERE id = ?", Integer.class, caseId))
                .as("the hearing's bit").isEqualTo(1024);
        String status = new TransactionTemplate(txm).execute(s -> reviews.latestHearing(caseId).status);
        assertThat(status).as("a later transaction reads the table").isEqualTo("REQUESTED");
    }

    @Test
    void storedRequirementsAreDeletedOnlyWhenTheCaseHasSome() {
        long caseId = f.aLead().id();
        List<Long> seen = new TransactionTemplate(txm).execute(s -> {
            reviews.rounds(caseId); // the case row's bits, read once for the transaction
            long t0 = SqlCounter.total();
            long none = reviews.deleteRequirements(caseId);
            long skipped = SqlCounter.total() - t0;
            reviews.insertRequirement(caseId, "LEGAL_REVIEW", "R1", "重大执法决定", LocalDateTime.of(2026, 3, 2, 9, 0));
            long t1 = SqlCounter.total();
            long deleted = reviews.deleteRequirements(caseId);
            return List.of(none, skipped, deleted, SqlCounter.total() - t1);
        });
        assertThat(seen.get(0)).as("nothing to delete").isZero();
        assertThat(seen.get(1)).as("and no statement for it").isZero();
        assertThat(seen.get(2)).as("the inserted requirement is deleted").isEqualTo(1L);
        assertThat(seen.get(3)).as("by a statement").isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT fact_tables FROM case_file WHERE id = ?", Integer.class, caseId))
                .as("the requirements' bit").isEqualTo(2048);
    }
}
