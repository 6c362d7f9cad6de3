package cn.zhifa.casefile;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A decision after the decision period ran out (issue #12 item 8, decision record 0025) on the controlled clock: the
 * decision step and the extension are refused until a head who is not a handler records his approval with reasons;
 * the approval is stored, a record entry and counted for supervision; then the case is decided, served and closed.
 */
@IntegrationTest
class LateDecisionIT {

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired LateDecisionService late;
    @Autowired CaseExitService exits;
    @Autowired CaseFileService cases;
    @Autowired CaseClockService caseClock;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private Supplier<Object> snapshot(long caseId) {
        return () -> List.of(cases.view(f.actor("head2"), caseId), exits.motions(f.actor("head2"), caseId),
                caseClock.deadlines(f.actor("head2"), caseId), jdbc.queryForList(
                        "SELECT t.ID_, t.TASK_DEF_KEY_ FROM ACT_RU_TASK t JOIN case_file c "
                                + "ON c.process_instance_id = t.PROC_INST_ID_ WHERE c.id = ?", caseId));
    }

    private LocalDate decisionDue(long caseId) {
        return caseClock.deadlines(f.actor("head2"), caseId).stream().filter(d -> d.kind() == DeadlineKind.DECISION)
                .findFirst().orElseThrow().due();
    }

    private List<String> actions(long caseId) {
        return cases.view(f.actor("head2"), caseId).history().stream().map(StageChange::action).toList();
    }

    @Test
    void aLateDecisionNeedsAHeadsRecordedApprovalAndIsCountedForSupervision() {
        clock.setMorningOf("2026-01-05");
        long id = f.aCaseAtDecision().id();
        LocalDate due = decisionDue(id); // 5 Jan + 90 days, shifted past the Qingming days off
        assertThat(due).isBetween(LocalDate.parse("2026-04-05"), LocalDate.parse("2026-04-08"));

        // before the period runs out there is nothing to approve
        refused(messages, snapshot(id), "late.notOverdue", () -> late.approve(f.actor("head2"), id, "案情复杂"));

        clock.setMorningOf("2026-04-20");
        long before = late.count(null, LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30"));
        // the period ran out: neither decision nor extension without the approval
        String zh = refused(messages, snapshot(id), "decision.overdue",
                () -> f.step(id, "head1", f.fineDecision(CaseFiles.FINE)));
        assertThat(zh).contains(due.toString());
        refused(messages, snapshot(id), "clock.overdueWithoutApproval",
                () -> caseClock.extend(f.actor("head2"), id, ClockEventKind.EXTENSION_HEAD, 30, "案情复杂"));
        // the approval: a head who is not a handler, with reasons
        refused(messages, snapshot(id), "permission.denied", () -> late.approve(f.actor("officer1"), id, "逾期"));
        refused(messages, snapshot(id), "field.required", () -> late.approve(f.actor("head2"), id, " "));
        CaseMotion approval = late.approve(f.actor("head2"), id, "鉴定意见迟延送达，经负责人批准逾期作出决定");
        assertThat(approval.kind()).isEqualTo(CaseMotionKind.LATE_DECISION);
        assertThat(approval.approved()).isTrue();
        assertThat(approval.dueDate()).isEqualTo(due);
        refused(messages, snapshot(id), "late.alreadyApproved", () -> late.approve(f.actor("head1"), id, "再次"));
        // counted for supervision, readable through the published view
        assertThat(late.count(null, LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30")))
                .isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_casefile_late_decision WHERE case_id = ?",
                Long.class, id)).isEqualTo(1L);

        // now the case is decided (the record says it was late), served, paid and closed
        CaseFile decided = f.step(id, "head1", f.fineDecision(CaseFiles.FINE));
        assertThat(decided.stage()).isEqualTo(CaseStage.SERVICE);
        f.recorded(id, "DECIDED", "decidedOutcome", "逾期作出", due.toString());
        f.step(id, "officer1", new StepPayload.Service(f.today(), ServiceMethod.DIRECT));
        f.step(id, "officer1", new StepPayload.Execution(CaseFiles.FINE, f.today(), null));
        assertThat(f.step(id, "head1", new StepPayload.ClosingApproval(true, "同意结案")).stage())
                .isEqualTo(CaseStage.ARCHIVED);
        assertThat(actions(id)).containsSubsequence("LATE_DECISION_APPROVED", "DECIDED", "CLOSING_APPROVED");
    }

    @Test
    void afterTheApprovalThePeriodCanStillBeExtended() {
        clock.setMorningOf("2026-01-05");
        long id = f.aFiledCase().id();
        clock.setMorningOf("2026-04-20");
        LocalDate due = decisionDue(id);
        late.approve(f.actor("head2"), id, "当事人下落不明后重新出现，需补充调查");
        List<CaseDeadline> after = caseClock.extend(f.actor("head2"), id, ClockEventKind.EXTENSION_HEAD, 30,
                "补充调查");
        // 90 + 30 days from 5 Jan = Tue 5 May, a day off (Labour Day holiday) → Wed 6 May 2026
        assertThat(decisionDue(id)).isEqualTo("2026-05-06").isAfter(due);
        assertThat(after).isNotEmpty();
        assertThat(actions(id)).containsSubsequence("LATE_DECISION_APPROVED", "CLOCK_EXTENDED");
    }
}
