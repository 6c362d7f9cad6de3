package cn.zhifa.casefile;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.tasks.InboxService;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 回避 (行政处罚法 Art. 43; issue #12 item 8, decision record 0025): the party's application or the officer's own,
 * decided by a head who is not a handler; granted, the handler is replaced through the handler reassignment. Each
 * refusal with its reason and nothing changed.
 */
@IntegrationTest
class RecusalIT {

    @Autowired CaseFiles f;
    @Autowired RecusalService recusals;
    @Autowired CaseExitService exits;
    @Autowired CaseFileService cases;
    @Autowired InboxService inbox;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired cn.zhifa.review.NoticesAndHearings hearings;

    private long id(String username) {
        return f.actor(username).userId();
    }

    private Supplier<Object> snapshot(long caseId) {
        return () -> List.of(cases.view(f.actor("head2"), caseId), exits.motions(f.actor("head2"), caseId),
                jdbc.queryForList("SELECT t.ID_, t.TASK_DEF_KEY_, t.ASSIGNEE_ FROM ACT_RU_TASK t JOIN case_file c "
                        + "ON c.process_instance_id = t.PROC_INST_ID_ WHERE c.id = ?", caseId));
    }

    private List<Long> handlers(long caseId) {
        return cases.view(f.actor("head2"), caseId).handlers().stream().map(Handler::userId).toList();
    }

    @Test
    void thePartysApplicationIsGrantedByAHeadAndTheHandlerReplaced() {
        long c = f.aFiledCase().id();
        long officer1 = id("officer1");
        // who may record it, for whom
        refused(messages, snapshot(c), "recusal.notForOthers", () -> recusals.apply(f.actor("officer3"), c, officer1,
                RecusalRole.HANDLER, RecusalApplicant.PARTY, "当事人称承办人系其亲属"));
        refused(messages, snapshot(c), "recusal.notForOthers", () -> recusals.apply(f.actor("officer2"), c, officer1,
                RecusalRole.HANDLER, RecusalApplicant.SELF, "自行回避"));
        refused(messages, snapshot(c), "recusal.notHandler", () -> recusals.apply(f.actor("officer2"), c,
                id("officer3"), RecusalRole.HANDLER, RecusalApplicant.PARTY, "当事人申请"));
        refused(messages, snapshot(c), "recusal.notPresider", () -> recusals.apply(f.actor("officer2"), c,
                officer1, RecusalRole.PRESIDER, RecusalApplicant.PARTY, "当事人申请"));
        refused(messages, snapshot(c), "field.required", () -> recusals.apply(f.actor("officer2"), c, officer1,
                RecusalRole.HANDLER, RecusalApplicant.PARTY, " "));
        CaseMotion m = recusals.apply(f.actor("officer2"), c, officer1, RecusalRole.HANDLER, RecusalApplicant.PARTY,
                "当事人书面申请：承办人王强与其有经济纠纷");
        assertThat(m.pending()).isTrue();
        refused(messages, snapshot(c), "recusal.alreadyPending", () -> recusals.apply(f.actor("officer1"), c,
                officer1, RecusalRole.HANDLER, RecusalApplicant.SELF, "自行回避"));
        // the investigation goes on while it is pending
        assertThat(inbox.openTasksOfCase(c)).hasSize(1);

        // decided by a head who is not a handler; a refusal needs reasons, a grant a successor who is not a handler
        refused(messages, snapshot(c), "permission.denied",
                () -> recusals.decide(f.actor("officer2"), c, m.id(), true, id("officer3"), null));
        refused(messages, snapshot(c), "field.required",
                () -> recusals.decide(f.actor("head2"), c, m.id(), false, null, " "));
        refused(messages, snapshot(c), "field.required",
                () -> recusals.decide(f.actor("head2"), c, m.id(), true, null, null));
        refused(messages, snapshot(c), "handlers.reassign.already",
                () -> recusals.decide(f.actor("head2"), c, m.id(), true, id("officer2"), null));
        CaseMotion granted = recusals.decide(f.actor("head2"), c, m.id(), true, id("officer3"), "理由成立");
        assertThat(granted.approved()).isTrue();
        assertThat(granted.successorUserId()).isEqualTo(id("officer3"));
        assertThat(handlers(c)).containsExactly(id("officer3"), id("officer2"));
        assertThat(cases.view(f.actor("head2"), c).history().stream().map(StageChange::action).toList())
                .containsSubsequence("RECUSAL_REQUESTED", "CASE_HANDLERS_REASSIGNED", "RECUSAL_GRANTED");
        refused(messages, snapshot(c), "recusal.noPending",
                () -> recusals.decide(f.actor("head2"), c, m.id(), true, id("officer1"), null));
    }

    @Test
    void anOfficersOwnApplicationRefusedWithReasonsChangesNoHandler() {
        long c = f.aFiledCase().id();
        CaseMotion m = recusals.apply(f.actor("officer2"), c, id("officer2"), RecusalRole.HANDLER,
                RecusalApplicant.SELF, "本人与当事人系同学关系");
        CaseMotion refusedOne = recusals.decide(f.actor("head2"), c, m.id(), false, null, "同学关系不影响公正执法");
        assertThat(refusedOne.approved()).isFalse();
        assertThat(handlers(c)).containsExactly(id("officer1"), id("officer2"));
        assertThat(cases.view(f.actor("head2"), c).history().stream().map(StageChange::action).toList())
                .containsSubsequence("RECUSAL_REQUESTED", "RECUSAL_REFUSED").doesNotContain("CASE_HANDLERS_REASSIGNED");
    }

    /** A case whose party asked for a hearing, scheduled by head1 with officer3 (not an investigator) presiding. */
    private long aScheduledHearing() {
        long c = f.aFiledCase().id();
        f.step(c, "officer1", new StepPayload.Investigate("当事人未取得许可擅自建设，事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        f.step(c, "officer1", f.tiered(c,
                new StepPayload.InvestigationReport(OutcomeType.FINE, new java.math.BigDecimal("6000"),
                null, "责令限期改正", "违法面积较大", false, null, false, false, null)));
        f.step(c, "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        f.step(c, "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT, "面积较大，按基准中档", null));
        f.step(c, "officer1", new StepPayload.StatementDefence(false, "当事人申请听证", null, true));
        f.step(c, "head1", new StepPayload.ScheduleHearing(id("officer3"), hearings.earliestHearingDate(f.today()),
                "朝阳街道听证室", f.today(), List.of()));
        return c;
    }

    @Test
    void theHearingPresiderWithdrawsOnThePartysApplication() {
        long c = aScheduledHearing();
        assertThat(recusals.scheduledPresider(c)).contains(id("officer3"));
        refused(messages, snapshot(c), "recusal.notPresider", () -> recusals.apply(f.actor("officer1"), c,
                id("officer2"), RecusalRole.PRESIDER, RecusalApplicant.PARTY, "当事人申请"));
        CaseMotion m = recusals.apply(f.actor("officer1"), c, id("officer3"), RecusalRole.PRESIDER,
                RecusalApplicant.PARTY, "当事人称听证主持人曾参与现场检查");
        // the successor may not be an investigator (Art. 64 (4))
        refused(messages, snapshot(c), "hearing.presidingIsInvestigator",
                () -> recusals.decide(f.actor("head2"), c, m.id(), true, id("officer1"), null));
        recusals.decide(f.actor("head2"), c, m.id(), true, id("leader1"), "申请理由成立");
        assertThat(recusals.scheduledPresider(c)).contains(id("leader1"));
        assertThat(handlers(c)).containsExactly(id("officer1"), id("officer2"));
        assertThat(cases.view(f.actor("head2"), c).history().stream().map(StageChange::action).toList())
                .containsSubsequence("HEARING_SCHEDULED", "RECUSAL_REQUESTED", "RECUSAL_GRANTED");
    }
}
