package cn.zhifa.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.Refusals;
import cn.zhifa.tasks.InboxService;
import cn.zhifa.tasks.InboxTask;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 案件审核 as documented: team leaders and heads are candidates (a unit without a team leader still gets a case past
 * the step); officers, reviewers, supervisors and admins are not, and the heads of another unit do not see it.
 */
@IntegrationTest
class CaseReviewByHeadsIT {

    @Autowired CaseFiles f;
    @Autowired InboxService inbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired Messages messages;

    private Map<String, Object> snapshot(long caseId) {
        return Map.of("case", jdbc.queryForMap("SELECT * FROM case_file WHERE id = ?", caseId),
                "tasks", jdbc.queryForList("SELECT * FROM task_inbox WHERE case_id = ? ORDER BY task_id", caseId));
    }

    @Test
    void aHeadClaimsAndCompletesTheCaseReview() {
        CaseFile c = f.aReportedCase(false, false);
        InboxTask review = f.openTask(c.id());
        assertThat(review.candidateGroup()).isEqualTo(Permissions.GROUP_CASE_REVIEWER);
        for (String user : new String[] {"head1", "principal", "leader1"}) {
            assertThat(inbox.inbox(f.actor(user), 0, 200)).as(user).extracting(InboxTask::taskId)
                    .contains(review.taskId());
        }
        for (String user : new String[] {"officer3", "reviewer1", "supervisor1", "admin", "wj_head1"}) {
            assertThat(inbox.inbox(f.actor(user), 0, 200)).as(user).extracting(InboxTask::taskId)
                    .doesNotContain(review.taskId());
        }
        Refusals.refused(messages, () -> snapshot(c.id()), "task.notCandidate",
                () -> inbox.claim(f.actor("officer3"), review.taskId()));
        Refusals.refused(messages, () -> snapshot(c.id()), "permission.denied",
                () -> inbox.claim(f.actor("supervisor1"), review.taskId()));
        assertThat(inbox.claim(f.actor("head2"), review.taskId()).assigneeId()).isEqualTo(f.actor("head2").userId());
        CaseFile reviewed = f.step(c.id(), "head2", new StepPayload.CaseReview(true, false, false, "同意，由负责人审核"));
        assertThat(reviewed.stage()).isEqualTo(CaseStage.ADVANCE_NOTICE);
    }
}
