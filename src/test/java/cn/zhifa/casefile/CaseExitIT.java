package cn.zhifa.casefile;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import cn.zhifa.tasks.InboxService;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 撤销立案 / 终止调查 (issue #12 item 8, decision record 0025): proposed by a handler on a ground of the list, approved
 * by a head who is not a handler; the process ends, the inbox drops the case's tasks, the case is terminal and the
 * record has each act. Each refusal with its reason and nothing changed (engine tables included).
 */
@IntegrationTest
class CaseExitIT {

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired CaseExitService exits;
    @Autowired CaseFileService cases;
    @Autowired CaseClockService caseClock;
    @Autowired InboxService inbox;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseStatistics statistics;

    @AfterEach
    void realTimeAndRetiredHeads() {
        clock.set(Instant.now());
        jdbc.update("UPDATE certificate SET status = 'REVOKED' WHERE user_id IN "
                + "(SELECT id FROM app_user WHERE username LIKE 'hxo%')");
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username LIKE 'hxo%'");
    }

    private String processOf(long caseId) {
        return jdbc.queryForObject("SELECT process_instance_id FROM case_file WHERE id = ?", String.class, caseId);
    }

    private Supplier<Object> snapshot(long caseId) {
        String pi = processOf(caseId);
        return () -> List.of(cases.view(f.actor("head2"), caseId), exits.motions(f.actor("head2"), caseId),
                jdbc.queryForList("SELECT ID_, TASK_DEF_KEY_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ? ORDER BY ID_", pi),
                jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ?", Long.class, pi));
    }

    private List<String> actions(long caseId) {
        return cases.view(f.actor("head2"), caseId).history().stream().map(StageChange::action).toList();
    }

    @Test
    void aHandlerProposesAHeadWhoIsNotAHandlerEndsTheCase() {
        clock.setMorningOf("2026-04-01");
        long id = f.aFiledCase().id();
        String pi = processOf(id);
        assertThat(f.openTask(id).taskKey()).isNotBlank();

        // only a handler proposes, on a ground of the list, with reasons
        refused(messages, snapshot(id), "permission.denied",
                () -> exits.propose(f.actor("head2"), id, CaseExitGround.NO_VIOLATION, "经调查无违法事实"));
        refused(messages, snapshot(id), "field.required",
                () -> exits.propose(f.actor("officer1"), id, null, "经调查无违法事实"));
        refused(messages, snapshot(id), "field.required",
                () -> exits.propose(f.actor("officer1"), id, CaseExitGround.NO_VIOLATION, " "));
        CaseMotion m = exits.propose(f.actor("officer1"), id, CaseExitGround.NO_VIOLATION, "经调查，当事人未占道经营");
        assertThat(m.pending()).isTrue();
        refused(messages, snapshot(id), "exit.alreadyPending",
                () -> exits.propose(f.actor("officer2"), id, CaseExitGround.TIME_BARRED, "再次提请"));

        // a handler may not approve; a refusal needs reasons
        refused(messages, snapshot(id), "permission.denied",
                () -> exits.decide(f.actor("officer1"), id, m.id(), true, "同意"));
        refused(messages, snapshot(id), "field.required",
                () -> exits.decide(f.actor("head2"), id, m.id(), false, " "));
        CaseMotion no = exits.decide(f.actor("head2"), id, m.id(), false, "事实尚需进一步调查");
        assertThat(no.approved()).isFalse();
        assertThat(cases.get(f.actor("head2"), id).stage()).isEqualTo(CaseStage.INVESTIGATION);
        refused(messages, snapshot(id), "exit.noPending",
                () -> exits.decide(f.actor("head2"), id, m.id(), true, null));

        // proposed again and approved: the process ends, the inbox drops the task, the case is terminal
        CaseMotion again = exits.propose(f.actor("officer1"), id, CaseExitGround.NOT_OUR_JURISDICTION,
                "违法行为发生地不在本辖区，应移交有管辖权的机关");
        CaseMotion yes = exits.decide(f.actor("head2"), id, again.id(), true, "同意撤销立案");
        assertThat(yes.approved()).isTrue();
        CaseFile c = cases.get(f.actor("head2"), id);
        assertThat(c.stage()).isEqualTo(CaseStage.TERMINATED);
        assertThat(c.stage().isTerminal()).isTrue();
        assertThat(inbox.openTasksOfCase(id)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ?", Long.class,
                pi)).isZero();
        assertThat(caseClock.deadlines(f.actor("head2"), id)).filteredOn(d -> d.kind() == DeadlineKind.DECISION)
                .allMatch(d -> !d.open());
        assertThat(actions(id)).containsSubsequence("EXIT_PROPOSED", "EXIT_REFUSED", "EXIT_PROPOSED", "CASE_EXITED");
        // the record states the ground in Chinese, never the constant's name
        assertThat(cases.view(f.actor("head2"), id).history().stream()
                .filter(h -> h.action().equals("CASE_EXITED")).findFirst().orElseThrow().text())
                .contains("撤销立案（不属于本机关管辖）").doesNotContain("NOT_OUR_JURISDICTION");
        assertThat(cases.view(f.actor("head2"), id).history().stream()
                .filter(h -> h.action().equals("EXIT_PROPOSED")).map(StageChange::text))
                .allMatch(t -> !t.matches(".*[A-Z_]{4,}.*"));
        // an ended case is not an open one for supervision
        assertThat(statistics.openByStage(null)).noneMatch(s -> s.stage() == CaseStage.TERMINATED);
        assertThat(statistics.openByStageFromCases(null)).noneMatch(s -> s.stage() == CaseStage.TERMINATED);
        refused(messages, snapshot(id), "exit.notOpen",
                () -> exits.propose(f.actor("officer1"), id, CaseExitGround.TIME_BARRED, "再次提请"));
    }

    @Test
    void aHeadWhoIsAlsoAHandlerCannotApprove() {
        clock.setMorningOf("2026-04-01");
        UserAccount headOfficer = f.aHeadWhoIsAnOfficer("hxo");
        CaseFile c = f.aLead();
        long id = c.id();
        f.step(id, "officer1", new StepPayload.VerifyLead(true, f.item(), f.today(),
                List.of(f.actor("officer1").userId(), headOfficer.id()), "建议立案"));
        f.step(id, "head1", new StepPayload.ApproveFiling(true, "同意立案"));
        CaseMotion m = exits.propose(headOfficer.toActor(), id, CaseExitGround.PARTY_ENDED, "当事人已死亡");
        refused(messages, snapshot(id), "motion.approverIsHandler",
                () -> exits.decide(headOfficer.toActor(), id, m.id(), true, "同意"));
        exits.decide(f.actor("head2"), id, m.id(), true, null);
        assertThat(cases.get(f.actor("head2"), id).stage()).isEqualTo(CaseStage.TERMINATED);
    }

    @Test
    void aCaseEndsAfterTheDecisionPeriodRanOutButALeadCannot() {
        clock.setMorningOf("2026-01-05");
        long lead = f.aLead().id();
        refused(messages, snapshot(lead), "exit.notOpen",
                () -> exits.propose(f.actor("officer1"), lead, CaseExitGround.NO_VIOLATION, "未立案"));
        long id = f.aCaseAtDecision().id();
        clock.setMorningOf("2026-06-01"); // 90 days from filing have long run out
        CaseMotion m = exits.propose(f.actor("officer1"), id, CaseExitGround.TIME_BARRED,
                "违法行为发生于两年以前，已超过追诉时效");
        exits.decide(f.actor("head2"), id, m.id(), true, "同意");
        assertThat(cases.get(f.actor("head2"), id).stage()).isEqualTo(CaseStage.TERMINATED);
        assertThat(inbox.openTasksOfCase(id)).isEmpty();
    }
}
