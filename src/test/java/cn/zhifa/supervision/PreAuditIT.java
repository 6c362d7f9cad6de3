package cn.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import cn.zhifa.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pre-audit finds each seeded defect in a case built with that defect, and nothing in a clean case. Defects the
 * system's own gates prevent (two certified officers, notice before decision, required legal review …) are seeded
 * behind the application's back, as data migrated from an older system or changed by a database user would carry
 * them; lateness is produced through the real steps with the test clock.
 */
@IntegrationTest
class PreAuditIT {

    @Autowired CaseFiles f;
    @Autowired PreAuditService audits;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private List<FindingKind> kinds(long caseId) {
        return audits.audit(caseId).stream().map(Finding::kind).toList();
    }

    private long archived() {
        return f.anArchivedCase().id();
    }

    private void sql(String statement, Object... args) {
        assertThat(jdbc.update(statement, args)).as(statement).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aCleanCaseHasNoFinding() {
        long id = archived();
        assertThat(audits.audit(id)).isEmpty();
        // the incremental trigger already audited it after its last step: stored, nothing found
        assertThat(jdbc.queryForObject("SELECT findings FROM sv_case_audit WHERE case_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void fewerThanTwoHandlers() {
        long id = archived();
        sql("DELETE FROM case_handler WHERE case_id = ? AND role = 'ASSIST'", id);
        assertThat(kinds(id)).contains(FindingKind.HANDLERS_UNDER_TWO);
    }

    @Test
    void aHandlerWithoutCertificate() {
        long id = archived();
        long aux = f.actor("aux1").userId();
        sql("UPDATE case_handler SET user_id = ? WHERE case_id = ? AND role = 'ASSIST'", aux, id);
        assertThat(kinds(id)).containsExactly(FindingKind.HANDLER_UNCERTIFIED);
    }

    @Test
    void lateFilingThroughTheRealSteps() {
        clock.set(Instant.now().minus(Duration.ofDays(60)));
        CaseFile lead = f.aLead();
        clock.set(Instant.now());
        f.step(lead.id(), "officer1", f.verifyToFile());
        f.step(lead.id(), "head1", new StepPayload.ApproveFiling(true, "同意立案"));
        // found by the incremental trigger after the filing step, without anyone asking
        assertThat(audits.stored(lead.id())).extracting(Finding::kind).contains(FindingKind.LATE_FILING);
    }

    @Test
    void aStepStillOpenAfterItsDeadline() {
        clock.set(Instant.now().minus(Duration.ofDays(60)));
        long id = f.aLead().id();
        clock.set(Instant.now());
        assertThat(kinds(id)).containsExactly(FindingKind.STEP_OVERDUE);
    }

    @Test
    void filingApprovalFormMissing() {
        long id = archived();
        sql("DELETE FROM case_document WHERE case_id = ? AND doc_type = 'FILING_APPROVAL_FORM'", id);
        assertThat(kinds(id)).containsExactly(FindingKind.FILING_APPROVAL_MISSING);
    }

    @Test
    void brokenRecordChain() {
        long id = archived();
        boolean mariadb = TestDatabase.mariadb();
        if (mariadb) {
            jdbc.execute("DROP TRIGGER case_record_no_update");
        }
        try {
            sql("UPDATE case_record SET summary = '篡改' WHERE case_id = ? AND seq = 2", id);
        } finally {
            if (mariadb) {
                jdbc.execute("CREATE TRIGGER case_record_no_update BEFORE UPDATE ON case_record FOR EACH ROW "
                        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'case_record is append-only'");
            }
        }
        assertThat(kinds(id)).containsExactly(FindingKind.RECORD_BROKEN);
    }

    @Test
    void investigationRecordMissing() {
        long id = archived();
        sql("DELETE FROM case_document WHERE case_id = ? AND doc_type = 'INVESTIGATION_RECORD'", id);
        assertThat(kinds(id)).containsExactly(FindingKind.INVESTIGATION_RECORD_MISSING);
    }

    @Test
    void penaltyWithoutAdvanceNotice() {
        long id = archived();
        sql("UPDATE case_file SET notice_served_date = NULL WHERE id = ?", id);
        sql("DELETE FROM case_document WHERE case_id = ? AND doc_type = 'ADVANCE_NOTICE'", id);
        assertThat(kinds(id)).containsExactly(FindingKind.NO_ADVANCE_NOTICE);
    }

    @Test
    void decidedBeforeFiling() {
        long id = archived();
        LocalDate filed = jdbc.queryForObject("SELECT filed_date FROM case_file WHERE id = ?", LocalDate.class, id);
        sql("UPDATE case_file SET decided_date = ? WHERE id = ?", filed.minusDays(3), id);
        assertThat(kinds(id)).contains(FindingKind.PROCEDURE_INVERTED);
    }

    @Test
    void majorDecisionWithoutLegalReview() {
        long id = archived();
        sql("UPDATE case_file SET major = TRUE, legal_review_passed = FALSE WHERE id = ?", id);
        assertThat(kinds(id)).containsExactly(FindingKind.LEGAL_REVIEW_SKIPPED);
    }

    @Test
    void deliberationRequiredButNotHeld() {
        long id = archived();
        sql("UPDATE case_file SET deliberation_required = TRUE, deliberation_resolution = NULL WHERE id = ?", id);
        assertThat(kinds(id)).containsExactly(FindingKind.DELIBERATION_SKIPPED);
    }

    @Test
    void statementPeriodCutShort() {
        long id = archived();
        sql("UPDATE case_file SET statement_waived = FALSE, statement_summary = NULL WHERE id = ?", id);
        assertThat(kinds(id)).containsExactly(FindingKind.STATEMENT_PERIOD_CUT);
    }

    @Test
    void decisionAfterTheDecisionPeriod() {
        long id = archived();
        LocalDate decided = jdbc.queryForObject("SELECT decided_date FROM case_file WHERE id = ?", LocalDate.class,
                id);
        sql("UPDATE case_file SET filed_date = ?, discovered_date = ? WHERE id = ?", decided.minusDays(200),
                decided.minusDays(201), id);
        assertThat(kinds(id)).containsExactly(FindingKind.LATE_DECISION);
    }

    @Test
    void discretionReasonsMissing() {
        long id = archived();
        sql("UPDATE case_file SET discretion_reason = NULL WHERE id = ?", id);
        assertThat(kinds(id)).containsExactly(FindingKind.DISCRETION_REASON_MISSING);
    }

    @Test
    void decisionDocumentMissing() {
        long id = archived();
        sql("DELETE FROM case_document WHERE case_id = ? AND doc_type = 'DECISION'", id);
        assertThat(kinds(id)).containsExactly(FindingKind.DECISION_DOCUMENT_MISSING);
    }

    @Test
    void serviceReceiptMissing() {
        long id = archived();
        sql("DELETE FROM case_document WHERE case_id = ? AND doc_type = 'SERVICE_RECEIPT'", id);
        assertThat(audits.audit(id)).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FindingKind.STAGE_DOCUMENT_MISSING);
            assertThat(x.detail()).contains("送达回证");
            assertThat(x.itemCode()).isEqualTo("D02");
        });
    }

    @Test
    void lateServiceThroughTheRealSteps() {
        clock.set(Instant.now().minus(Duration.ofDays(30)));
        CaseFile c = f.aCaseAtDecision();
        f.step(c.id(), "head1", f.fineDecision(CaseFiles.FINE));
        clock.set(Instant.now());
        f.step(c.id(), "officer1", new StepPayload.Service(f.today(), ServiceMethod.DIRECT));
        assertThat(audits.stored(c.id())).extracting(Finding::kind).contains(FindingKind.LATE_SERVICE);
    }

    @Test
    void closedWithTheFineUnpaid() {
        long id = archived();
        sql("UPDATE case_file SET paid_amount = 100 WHERE id = ?", id);
        assertThat(kinds(id)).containsExactly(FindingKind.CLOSED_UNPAID);
    }

    @Test
    void lateClosingThroughTheRealSteps() {
        clock.set(Instant.now().minus(Duration.ofDays(40)));
        CaseFile c = f.aCaseAtExecution();
        f.step(c.id(), "officer1", new StepPayload.Execution(CaseFiles.FINE, f.today(), null));
        clock.set(Instant.now());
        f.step(c.id(), "head1", new StepPayload.ClosingApproval(true, "同意结案"));
        assertThat(audits.stored(c.id())).extracting(Finding::kind).contains(FindingKind.LATE_CLOSING);
    }

    @Test
    void findingsMapToRubricItemsWithTheirProposals() {
        long id = archived();
        sql("UPDATE case_file SET major = TRUE, legal_review_passed = FALSE WHERE id = ?", id);
        Finding x = audits.audit(id).get(0);
        assertThat(x.itemCode()).isEqualTo("P02");
        assertThat(x.veto()).isTrue();
        assertThat(x.unitId()).isEqualTo(f.actor("officer1").unitId());
    }
}
