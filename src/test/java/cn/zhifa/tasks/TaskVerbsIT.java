package cn.zhifa.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.HandlerReassignment;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.Refusals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The task centre's verbs (issue 16 item 1, decision 0022): 转办 of a task and of a case's handlers, 催办 counted,
 * 已办 with the case's current stage, and the inbox in urgency order; every refusal changes nothing.
 */
@IntegrationTest
class TaskVerbsIT {

    @Autowired CaseFiles f;
    @Autowired InboxService inbox;
    @Autowired TaskCentre centre;
    @Autowired HandlerReassignment handlers;
    @Autowired JdbcTemplate jdbc;
    @Autowired Messages messages;

    /** Everything a verb may change for the case: its tasks, handlers, record, notifications and urge counts. */
    private Map<String, Object> snapshot(long caseId) {
        return Map.of(
                "tasks", jdbc.queryForList("SELECT * FROM task_inbox WHERE case_id = ? ORDER BY task_id", caseId),
                "queue", jdbc.queryForList("SELECT task_id, user_id FROM task_inbox_handler WHERE case_id = ?"
                        + " ORDER BY task_id, user_id", caseId),
                "handlers", jdbc.queryForList("SELECT user_id, role FROM case_handler WHERE case_id = ? ORDER BY user_id",
                        caseId),
                "record", jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id = ?", Long.class, caseId),
                "notifications", jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE case_id = ?", Long.class,
                        caseId),
                "urges", jdbc.queryForList("SELECT * FROM task_urge WHERE case_id = ?", caseId));
    }

    private long id(String user) {
        return f.actor(user).userId();
    }

    private Map<String, Object> lastEntry(long caseId) {
        return jdbc.queryForMap("SELECT action, actor_id, summary, details FROM case_record WHERE case_id = ?"
                + " ORDER BY seq DESC LIMIT 1", caseId);
    }

    @Test
    void aTeamLeaderReassignsAHandlersTaskToTheOtherHandlerWithAReason() {
        CaseFile c = f.aFiledCase(); // handlers officer1 (主办), officer2
        InboxTask task = f.openTask(c.id());
        inbox.claim(f.actor("officer1"), task.taskId());

        InboxTask moved = centre.reassign(f.actor("leader1"), task.taskId(), id("officer2"), "王强休假，由李娜继续调查");

        assertThat(moved.assigneeId()).isEqualTo(id("officer2"));
        Map<String, Object> entry = lastEntry(c.id());
        assertThat(entry.get("action")).isEqualTo("TASK_REASSIGNED");
        assertThat(((Number) entry.get("actor_id")).longValue()).isEqualTo(id("leader1"));
        assertThat(entry.get("summary")).isEqualTo("王强休假，由李娜继续调查");
        assertThat(entry.get("details").toString()).contains("previousAssigneeId").contains(task.taskId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE case_id = ? AND user_id = ?"
                + " AND kind = 'TASK_REASSIGNED'", Long.class, c.id(), id("officer2"))).isEqualTo(1L);
        assertThat(inbox.inbox(f.actor("officer2"), 0, 200)).extracting(InboxTask::taskId).contains(task.taskId());
        assertThat(inbox.inbox(f.actor("officer1"), 0, 200)).extracting(InboxTask::taskId)
                .doesNotContain(task.taskId());
    }

    @Test
    void reassigningIsRefusedWithNothingChanged() {
        CaseFile c = f.aFiledCase();
        String taskId = f.openTask(c.id()).taskId();
        inbox.claim(f.actor("officer1"), taskId);

        // an officer may not 转办
        String zh = Refusals.refused(messages, () -> snapshot(c.id()), "permission.denied",
                () -> centre.reassign(f.actor("officer1"), taskId, id("officer2"), "我想转给同事"));
        assertThat(zh).contains("转办");
        Refusals.refused(messages, () -> snapshot(c.id()), "permission.denied",
                () -> centre.reassign(f.actor("supervisor1"), taskId, id("officer2"), "监督"));
        // a reason is required
        Refusals.refused(messages, () -> snapshot(c.id()), "task.reassign.reasonRequired",
                () -> centre.reassign(f.actor("leader1"), taskId, id("officer2"), "  "));
        // not to another unit's officer, nor by another unit's head
        Refusals.refused(messages, () -> snapshot(c.id()), "task.reassign.otherUnit",
                () -> centre.reassign(f.actor("leader1"), taskId, id("wj_officer1"), "跨单位"));
        Refusals.refused(messages, () -> snapshot(c.id()), "task.verb.otherUnit",
                () -> centre.reassign(f.actor("wj_head1"), taskId, id("officer2"), "跨单位"));
        // not to an auxiliary or to anyone without a valid certificate
        Refusals.refused(messages, () -> snapshot(c.id()), "task.reassign.unqualified",
                () -> centre.reassign(f.actor("leader1"), taskId, id("aux1"), "辅助人员"));
        Refusals.refused(messages, () -> snapshot(c.id()), "task.reassign.unqualified",
                () -> centre.reassign(f.actor("head1"), taskId, id("head2"), "负责人无执法证"));
        // a handlers' task only to a handler of the case
        String notHandler = Refusals.refused(messages, () -> snapshot(c.id()), "task.reassign.notHandler",
                () -> centre.reassign(f.actor("leader1"), taskId, id("officer3"), "张伟接手"));
        assertThat(notHandler).contains("张伟").contains("转办承办人");
        Refusals.refused(messages, () -> snapshot(c.id()), "task.reassign.sameAssignee",
                () -> centre.reassign(f.actor("leader1"), taskId, id("officer1"), "同一人"));
    }

    @Test
    void aRoleTaskGoesOnlyToAnOfficerOfItsRoleAndUnit() {
        CaseFile lead = f.aLead(); // 线索核查: candidate group OFFICER, unassigned
        String taskId = f.openTask(lead.id()).taskId();
        Refusals.refused(messages, () -> snapshot(lead.id()), "task.reassign.unqualified",
                () -> centre.reassign(f.actor("head1"), taskId, id("reviewer1"), "法制审核人员"));
        assertThat(centre.reassignTargets(f.actor("head1"), taskId)).extracting(u -> u.username())
                .contains("officer3", "leader1").doesNotContain("aux1", "reviewer1", "head1", "wj_officer1");

        assertThat(centre.reassign(f.actor("head1"), taskId, id("officer3"), "由张伟核查").assigneeId())
                .isEqualTo(id("officer3"));
        assertThat(lastEntry(lead.id()).get("action")).isEqualTo("TASK_REASSIGNED");
    }

    @Test
    void anApprovalGoesToAnotherHeadWhoNeedsNoCertificateButNeverToAHandler() {
        // 立案审批 (candidate group HEAD); verified by officer3, so officer1's 已办 order is left to its own test
        CaseFile c = f.aLead();
        f.step(c.id(), "officer3", f.verifyToFile());
        String taskId = f.openTask(c.id()).taskId();
        assertThat(centre.reassignTargets(f.actor("head1"), taskId)).extracting(u -> u.username())
                .contains("head2").doesNotContain("officer2", "aux1", "wj_head1");
        Refusals.refused(messages, () -> snapshot(c.id()), "task.reassign.notCandidate",
                () -> centre.reassign(f.actor("head1"), taskId, id("officer2"), "交给执法人员"));
        // head2 holds no 执法证 and is not a handler: an approval is not an enforcement act, he may take it
        assertThat(centre.reassign(f.actor("head1"), taskId, id("head2"), "出差，由二把手审批").assigneeId())
                .isEqualTo(id("head2"));
        assertThat(lastEntry(c.id()).get("action")).isEqualTo("TASK_REASSIGNED");
    }

    @Test
    void aHeadReassignsACaseHandlerAndTheHandlersTasksFollow() {
        CaseFile c = f.aFiledCase(); // officer1 主办, officer2 协办
        String taskId = f.openTask(c.id()).taskId();
        inbox.claim(f.actor("officer1"), taskId);

        Refusals.refused(messages, () -> snapshot(c.id()), "permission.denied",
                () -> handlers.reassign(f.actor("officer2"), c.id(), id("officer1"), id("officer3"), "换人"));
        Refusals.refused(messages, () -> snapshot(c.id()), "handlers.otherUnit",
                () -> handlers.reassign(f.actor("head1"), c.id(), id("officer1"), id("wj_officer1"), "换人"));
        Refusals.refused(messages, () -> snapshot(c.id()), "handlers.auxiliary",
                () -> handlers.reassign(f.actor("head1"), c.id(), id("officer1"), id("aux1"), "换人"));
        Refusals.refused(messages, () -> snapshot(c.id()), "handlers.reassign.notHandler",
                () -> handlers.reassign(f.actor("head1"), c.id(), id("officer4"), id("officer3"), "换人"));
        Refusals.refused(messages, () -> snapshot(c.id()), "handlers.reassign.already",
                () -> handlers.reassign(f.actor("head1"), c.id(), id("officer1"), id("officer2"), "换人"));
        Refusals.refused(messages, () -> snapshot(c.id()), "task.reassign.reasonRequired",
                () -> handlers.reassign(f.actor("head1"), c.id(), id("officer1"), id("officer3"), ""));

        var now = handlers.reassign(f.actor("head1"), c.id(), id("officer1"), id("officer3"), "王强病休，张伟接任主办");

        assertThat(now).extracting(h -> h.userId() + ":" + h.role())
                .containsExactlyInAnyOrder(id("officer3") + ":LEAD", id("officer2") + ":ASSIST");
        assertThat(inbox.task(taskId).assigneeId()).isEqualTo(id("officer3"));
        f.recorded(c.id(), "CASE_HANDLERS_REASSIGNED", "handlers", "王强", "张伟", "王强病休，张伟接任主办");
        assertThat(jdbc.queryForList("SELECT user_id FROM task_inbox_handler WHERE task_id = ? ORDER BY user_id",
                Long.class, taskId)).containsExactlyInAnyOrder(id("officer2"), id("officer3"));
        // officer1 is no handler any more: the next handlers' task is not his
        inbox.unclaim(f.actor("officer3"), taskId);
        assertThat(inbox.inbox(f.actor("officer1"), 0, 200)).extracting(InboxTask::taskId).doesNotContain(taskId);
        assertThat(inbox.inbox(f.actor("officer3"), 0, 200)).extracting(InboxTask::taskId).contains(taskId);
    }

    @Test
    void urgingNotifiesTheAssigneeRecordsAndCounts() {
        CaseFile c = f.aFiledCase();
        String taskId = f.openTask(c.id()).taskId();
        inbox.claim(f.actor("officer1"), taskId);

        Refusals.refused(messages, () -> snapshot(c.id()), "permission.denied",
                () -> centre.urge(f.actor("officer2"), taskId, "快点"));
        Refusals.refused(messages, () -> snapshot(c.id()), "task.verb.otherUnit",
                () -> centre.urge(f.actor("wj_head1"), taskId, "快点"));

        assertThat(centre.urge(f.actor("leader1"), taskId, "请于本周内完成调查")).isEqualTo(1);
        assertThat(centre.urge(f.actor("head1"), taskId, null)).isEqualTo(2);
        assertThat(centre.urge(f.actor("supervisor1"), taskId, "监督催办")).isEqualTo(3);

        assertThat(centre.urgeCount(taskId)).isEqualTo(3);
        assertThat(centre.urgesOfCase(c.id())).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT urge_count FROM v_tasks_urge WHERE task_id = ?", Integer.class,
                taskId)).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT message FROM notification WHERE case_id = ? AND user_id = ?"
                + " AND kind = 'TASK_URGED' ORDER BY id", String.class, c.id(), id("officer1")).stream()
                .map(m -> messages.render(m, Messages.ZH_CN)).toList())
                .containsExactly("催办（第1次）：请于本周内完成调查", "催办（第2次）", "催办（第3次）：监督催办");
        Map<String, Object> entry = lastEntry(c.id());
        assertThat(entry.get("action")).isEqualTo("TASK_URGED");
        assertThat(entry.get("details").toString()).contains("\"urgeCount\":3");
        assertThat(inbox.task(taskId).urgeCount()).isEqualTo(3);

        // an unassigned handlers' task: both handlers are urged
        inbox.unclaim(f.actor("officer1"), taskId);
        centre.urge(f.actor("leader1"), taskId, "");
        assertThat(jdbc.queryForList("SELECT user_id FROM notification WHERE case_id = ? AND kind = 'TASK_URGED'"
                + " AND message = ?", Long.class, c.id(), cn.zhifa.shared.StoredText.of("text.task.urged", 4).stored()))
                .containsExactlyInAnyOrder(id("officer1"), id("officer2"));
    }

    @Test
    void theInboxIsOrderedByUrgencyAndLeadsCarryPartyAndPlace() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(f.openTask(f.aLead().id()).taskId());
        }
        // arrival order: 0, 1, 2, 3; due: 0 none, 1 in 5 days, 2 overdue, 3 tomorrow
        inbox.setDueDate(ids.get(1), f.today().plusDays(5));
        inbox.setDueDate(ids.get(2), f.today().minusDays(2));
        inbox.setDueDate(ids.get(3), f.today().plusDays(1));

        List<InboxTask> all = all(f.actor("officer4"));
        assertThat(all.stream().map(InboxTask::taskId).filter(ids::contains).toList())
                .containsExactly(ids.get(2), ids.get(3), ids.get(1), ids.get(0));
        // the whole page is in urgency order: due dates ascending, none last
        List<java.time.LocalDate> dues = all.stream().map(InboxTask::dueDate).toList();
        for (int i = 1; i < dues.size(); i++) {
            if (dues.get(i - 1) == null) {
                assertThat(dues.get(i)).as("no due date comes last").isNull();
            } else if (dues.get(i) != null) {
                assertThat(dues.get(i)).isAfterOrEqualTo(dues.get(i - 1));
            }
        }
        InboxTask lead = inbox.task(ids.get(0));
        assertThat(lead.caseNo()).isNull();
        assertThat(lead.partyName()).isEqualTo("测试当事人");
        assertThat(lead.location()).isEqualTo("朝阳路1号");

        // the unit's view of a team leader: the same order
        List<String> unit = inbox.unitTasks(f.actor("leader1"), null, 0, 200).stream().map(InboxTask::taskId)
                .filter(ids::contains).toList();
        assertThat(unit).containsExactly(ids.get(2), ids.get(3), ids.get(1), ids.get(0));
        long other = f.aLead().id();
        Refusals.refused(messages, () -> snapshot(other), "task.unitTasks.denied",
                () -> inbox.unitTasks(f.actor("officer1"), null, 0, 50));
    }

    @Test
    void handlersTasksFollowTheirDueDatesInTheHandlersQueue() {
        CaseFile a = f.aFiledCase();
        CaseFile b = f.aFiledCase();
        String ta = f.openTask(a.id()).taskId();
        String tb = f.openTask(b.id()).taskId();
        inbox.setDueDate(tb, f.today().minusDays(1));
        List<String> mine = all(f.actor("officer2")).stream().map(InboxTask::taskId)
                .filter(t -> t.equals(ta) || t.equals(tb)).toList();
        assertThat(mine).containsExactly(tb, ta);
    }

    @Test
    void doneListsMyCompletedTasksWithTheCasesCurrentStage() {
        // officer1 completes tasks in many tests of the shared database, some on a clock moved forward: this test reads
        // its own case's entries and checks the order over the whole list
        CaseFile c = f.aLead();
        String verify = f.openTask(c.id()).taskId();
        f.step(c.id(), "officer1", f.verifyToFile()); // completed by officer1 without a claim
        DoneTask mine = ofCase(centre.done(f.actor("officer1"), 0, 200), c.id());
        assertThat(mine.taskId()).isEqualTo(verify);
        assertThat(mine.stage()).isEqualTo(CaseStage.FILING_APPROVAL.name());
        assertThat(mine.location()).isEqualTo("朝阳路1号");

        String approve = f.openTask(c.id()).taskId();
        f.step(c.id(), "head1", new StepPayload.ApproveFiling(true, "同意立案"));
        List<DoneTask> all = centre.done(f.actor("officer1"), 0, 200);
        DoneTask again = ofCase(all, c.id());
        assertThat(again.taskId()).isEqualTo(verify);
        assertThat(again.stage()).as("the case's stage now").isEqualTo(CaseStage.INVESTIGATION.name());
        assertThat(again.caseNo()).isNotNull();
        assertThat(ofCase(centre.done(f.actor("head1"), 0, 200), c.id()).taskId()).isEqualTo(approve);
        assertThat(centre.done(f.actor("officer2"), 0, 200)).extracting(DoneTask::taskId)
                .doesNotContain(verify, approve);
        // newest first, page by page
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).completedAt()).isBeforeOrEqualTo(all.get(i - 1).completedAt());
        }
        List<DoneTask> page2 = centre.done(f.actor("officer1"), 1, 1);
        assertThat(page2).hasSizeLessThanOrEqualTo(1);
        if (!page2.isEmpty()) {
            assertThat(page2.get(0).completedAt()).isBeforeOrEqualTo(all.get(0).completedAt());
        }
    }

    /** The newest entry of the case in a 已办 list. */
    private static DoneTask ofCase(List<DoneTask> done, long caseId) {
        return done.stream().filter(d -> d.caseId() == caseId).findFirst()
                .orElseThrow(() -> new AssertionError("no 已办 entry of case " + caseId));
    }

    private List<InboxTask> all(Actor actor) {
        List<InboxTask> out = new ArrayList<>();
        for (int offset = 0;; offset += 200) {
            List<InboxTask> page = inbox.inbox(actor, offset, 200);
            out.addAll(page);
            if (page.size() < 200) {
                return out;
            }
        }
    }
}
