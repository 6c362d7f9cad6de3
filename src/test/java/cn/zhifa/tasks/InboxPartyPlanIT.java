package cn.zhifa.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.complaint.Complaint;
import cn.zhifa.complaint.ComplaintChannel;
import cn.zhifa.complaint.ComplaintService;
import cn.zhifa.complaint.NewComplaint;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Permissions;
import cn.zhifa.shared.PartyGrams;
import cn.zhifa.shared.PartyMatch;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.tasks.internal.InboxMapper;
import cn.zhifa.tasks.internal.InboxRow;
import cn.zhifa.tasks.internal.InboxWhere;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A party filter whose rarest piece has few cases reads those cases' open tasks first (decision 0032 amendment 1)
 * instead of testing the name on every task of the officer's queues. The page must be exactly the one the queue
 * reading gives — for each way a task reaches an officer (his group in his unit, a handler's task, a task given to
 * him, a complaint assigned to him), each deadline light and a step — and must leave out what he may not see.
 */
@IntegrationTest
class InboxPartyPlanIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired InboxService inbox;
    @Autowired InboxMapper mapper;
    @Autowired ComplaintService complaints;
    @Autowired DeadlineLights lights;

    @Test
    void aRarePartyReadsItsCasesFirstAndShowsExactlyWhatTheQueuesShow() {
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L), 36);
        Actor officer1 = f.actor("officer1");
        Actor officer2 = f.actor("officer2");
        Actor leader = f.actor("leader1");
        LocalDate today = f.today();
        // officer1's group task in his unit (核查), overdue
        CaseFile lead = cases.registerLead(officer1, f.lead("张" + tag + "商行"));
        inbox.setDueDate(f.openTask(lead.id()).taskId(), today.minusDays(2));
        // a handler's task (调查取证: officer1 and officer2 handle it), due on the last yellow day
        CaseFile filed = f.aFiledCase("李" + tag + "餐饮店");
        inbox.setDueDate(f.openTask(filed.id()).taskId(), lights.lastYellowDay(today));
        // a group task officer2 took: no longer officer1's
        CaseFile taken = cases.registerLead(officer1, f.lead("王" + tag + "经营部"));
        inbox.claim(officer2, f.openTask(taken.id()).taskId());
        // the same name in another unit
        CaseFile elsewhere = cases.registerLead(f.actor("wj_officer1"), f.lead("赵" + tag + "商店"));
        // a complaint about the party, assigned to officer1 for verification (complaints have no posting lists)
        Complaint complaint = complaints.intake(officer1, new NewComplaint(ComplaintChannel.HOTLINE_12345, null,
                "市民甲", "13800000009", "望京路" + tag + "号", "孙" + tag + "烧烤", null, "夜间占道烧烤", null, null))
                .complaint();
        complaints.assign(leader, complaint.id(), officer1.userId(), null);
        // a case of another party
        cases.registerLead(officer1, f.lead("周某某"));

        PartyMatch planned = PartyGrams.plan(tag, InboxService.DRIVER_CAP, mapper::partyPostings);
        assertThat(planned.driver()).as("a fragment this rare drives the read").isNotNull();

        assertThat(inbox.inbox(officer1, party(tag, null, null), 0, 200)).extracting(InboxTask::caseId)
                .containsExactlyInAnyOrder(lead.id(), filed.id(), complaint.id());
        assertThat(inbox.inbox(officer2, party(tag, null, null), 0, 200)).extracting(InboxTask::caseId)
                .contains(taken.id(), filed.id()).doesNotContain(elsewhere.id());
        assertThat(inbox.unitTasks(leader, party(tag, null, null), 0, 200)).extracting(InboxTask::caseId)
                .containsExactlyInAnyOrder(lead.id(), filed.id(), taken.id(), complaint.id());
        // overdue first, then the least time left
        assertThat(inbox.inbox(officer1, party(tag, null, null), 0, 200)).extracting(InboxTask::caseId)
                .startsWith(lead.id(), filed.id());

        List<InboxFilter> filters = new ArrayList<>();
        filters.add(party(tag, null, null));
        filters.add(party("李" + tag, null, null));
        filters.add(party("张" + tag + "餐饮", null, null)); // pieces of two names, the whole of none
        filters.add(party(tag, null, "Task_Investigate"));
        filters.add(party("孙" + tag + "烧", null, null)); // under no case: the complaint alone
        for (DeadlineLight l : DeadlineLight.values()) {
            filters.add(party(tag, l, null));
        }
        for (InboxFilter filter : filters) {
            for (Actor a : List.of(officer1, officer2, f.actor("wj_officer1"))) {
                List<String> roles = List.copyOf(Permissions.candidateGroups(a));
                assertThat(ids(mapper.inbox(a.userId(), a.unitId(), roles, where(filter, true), 200, 0)))
                        .as("%s's inbox, %s", a.username(), filter)
                        .isEqualTo(ids(mapper.inbox(a.userId(), a.unitId(), roles, where(filter, false), 200, 0)));
            }
            assertThat(ids(mapper.unitTasks(leader.unitId(), where(filter, true), 200, 0))).as("unit, %s", filter)
                    .isEqualTo(ids(mapper.unitTasks(leader.unitId(), where(filter, false), 200, 0)));
        }
        // every piece under some case, the fragment under none: the name itself is tested on the driven candidates
        assertThat(inbox.unitTasks(leader, party("张" + tag + "餐饮", null, null), 0, 200)).isEmpty();
        // a piece no case has: no case task, and the complaints are still read
        assertThat(inbox.inbox(officer1, party(tag + "绝无此名", null, null), 0, 200)).isEmpty();
        assertThat(inbox.unitTasks(leader, party(tag + "绝无此名", null, null), 0, 200)).isEmpty();
        String onlyComplaints = "孙" + tag + "烧";
        assertThat(inbox.unitTasks(leader, party(onlyComplaints, null, null), 0, 200)).extracting(InboxTask::caseId)
                .containsExactly(complaint.id());
        assertThat(inbox.inbox(officer1, party(onlyComplaints, null, null), 0, 200)).extracting(InboxTask::caseId)
                .containsExactly(complaint.id());
    }

    private static InboxFilter party(String part, DeadlineLight light, String taskKey) {
        return new InboxFilter(null, taskKey, null, part, light, null);
    }

    /** The filter's conditions as the service plans them; {@code driven} false: the queue reading. */
    private InboxWhere where(InboxFilter filter, boolean driven) {
        InboxWhere w = InboxWhere.of(filter, PartyGrams.plan(filter.party(), InboxService.DRIVER_CAP,
                mapper::partyPostings), f.today(), lights);
        assertThat(w.partyDriver).as("the fragment %s drives", filter.party()).isNotNull();
        if (!driven) {
            w.partyDriver = null;
        }
        return w;
    }

    private static List<String> ids(List<InboxRow> rows) {
        return rows.stream().map(r -> r.taskId).toList();
    }
}
