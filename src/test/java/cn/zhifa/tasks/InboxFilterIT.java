package cn.zhifa.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.Refusals;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 常用筛选 (issue 16 item 1): the inbox and the unit's tasks narrowed by step, item, party (any part of the name),
 * deadline light and handler, in urgency order; saved filters are a user's own, named uniquely; refusals change
 * nothing.
 */
@IntegrationTest
class InboxFilterIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired InboxService inbox;
    @Autowired SavedFilters filters;
    @Autowired DeadlineLights lights;
    @Autowired JdbcTemplate jdbc;
    @Autowired Messages messages;

    private static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L), 36);
    }

    private CaseFile lead(String party) {
        return cases.registerLead(f.actor("officer1"), f.lead(party));
    }

    private List<Long> caseIds(List<InboxTask> tasks) {
        return tasks.stream().map(InboxTask::caseId).toList();
    }

    private static InboxFilter party(String part) {
        return new InboxFilter(null, null, null, part, null, null);
    }

    @Test
    void aPartyIsFoundByAnyPartOfItsNameAndWildcardsAreLiteral() {
        String tag = unique();
        CaseFile zhang = lead("张" + tag + "建材经营部");
        CaseFile li = lead("李" + tag + "餐饮店");
        CaseFile percent = lead("王" + tag + "100%折扣店");
        Actor leader = f.actor("leader1");

        assertThat(caseIds(inbox.unitTasks(leader, party(tag + "建材"), 0, 200))).containsExactly(zhang.id());
        assertThat(caseIds(inbox.unitTasks(leader, party(tag), 0, 200)))
                .containsExactlyInAnyOrder(zhang.id(), li.id(), percent.id());
        // "%" and "_" are characters of the name, not wildcards
        assertThat(caseIds(inbox.unitTasks(leader, party(tag + "100%"), 0, 200))).containsExactly(percent.id());
        assertThat(inbox.unitTasks(leader, party("%"), 0, 200)).allSatisfy(t -> assertThat(t.partyName()).contains("%"));
        assertThat(inbox.unitTasks(leader, party(tag + "_"), 0, 200)).isEmpty();
    }

    @Test
    void stepHandlerAndItemNarrowTheInbox() {
        String tag = unique();
        CaseFile filed = f.aFiledCase("赵" + tag); // handlers officer1 and officer2, open step 调查取证
        CaseFile leadOnly = lead("钱" + tag);
        Actor officer2 = f.actor("officer2");

        InboxFilter investigate = new InboxFilter(null, "Task_Investigate", null, tag, null, null);
        assertThat(caseIds(inbox.inbox(officer2, investigate, 0, 200))).containsExactly(filed.id());
        InboxFilter verify = new InboxFilter(null, "Task_VerifyLead", null, tag, null, null);
        assertThat(caseIds(inbox.inbox(f.actor("officer1"), verify, 0, 200))).containsExactly(leadOnly.id());

        InboxFilter handledByOfficer2 = new InboxFilter(null, null, null, tag, null, officer2.userId());
        assertThat(caseIds(inbox.unitTasks(f.actor("leader1"), handledByOfficer2, 0, 200)))
                .containsExactly(filed.id());
        InboxFilter handledByLeader = new InboxFilter(null, null, null, tag, null, f.actor("leader1").userId());
        assertThat(inbox.unitTasks(f.actor("leader1"), handledByLeader, 0, 200)).isEmpty();

        long item = jdbc.queryForObject("SELECT item_id FROM case_file WHERE id = ?", Long.class, filed.id());
        InboxFilter byItem = new InboxFilter(InboxTask.PROCEDURE_ORDINARY, null, item, tag, null, null);
        assertThat(caseIds(inbox.unitTasks(f.actor("leader1"), byItem, 0, 200))).containsExactly(filed.id());
    }

    @Test
    void theLightFilterReadsTheDueDateAsTheBadgeDoesInUrgencyOrder() {
        String tag = unique();
        CaseFile overdue = lead("孙" + tag);
        CaseFile soon = lead("周" + tag);
        CaseFile later = lead("吴" + tag);
        CaseFile none = lead("郑" + tag);
        java.time.LocalDate today = f.today();
        inbox.setDueDate(f.openTask(overdue.id()).taskId(), today.minusDays(1));
        inbox.setDueDate(f.openTask(soon.id()).taskId(), lights.lastYellowDay(today));
        inbox.setDueDate(f.openTask(later.id()).taskId(), lights.lastYellowDay(today).plusDays(1));
        inbox.setDueDate(f.openTask(none.id()).taskId(), null);
        Actor leader = f.actor("leader1");

        for (DeadlineLight l : DeadlineLight.values()) {
            List<InboxTask> shown = inbox.unitTasks(leader, new InboxFilter(null, null, null, tag, l, null), 0, 200);
            // each row's badge would show exactly the light filtered for
            assertThat(shown).allSatisfy(t -> assertThat(lights.light(t.dueDate(), today)).isEqualTo(l));
            assertThat(caseIds(shown)).containsExactly(l == DeadlineLight.RED ? overdue.id()
                    : l == DeadlineLight.YELLOW ? soon.id() : later.id());
        }
        assertThat(caseIds(inbox.unitTasks(leader, party(tag), 0, 200)))
                .containsExactly(overdue.id(), soon.id(), later.id(), none.id());
    }

    @Test
    void savedFiltersAreNamedUniquelyPerUserAndOnlyTheOwnerDeletesThem() {
        String tag = unique();
        CaseFile c = lead("冯" + tag);
        Actor officer1 = f.actor("officer1");
        Actor officer2 = f.actor("officer2");
        InboxFilter mine = new InboxFilter(InboxTask.PROCEDURE_ORDINARY, "Task_VerifyLead", null, tag, null, null);

        SavedFilter saved = filters.save(officer1, " 核查 " + tag, mine);
        assertThat(saved.name()).isEqualTo("核查 " + tag);
        assertThat(filters.mine(officer1)).extracting(SavedFilter::name).contains("核查 " + tag);
        assertThat(filters.mine(officer2)).extracting(SavedFilter::id).doesNotContain(saved.id());
        assertThat(caseIds(inbox.inbox(officer1, filters.filter(officer1, saved.id()), 0, 200)))
                .containsExactly(c.id());
        // the same name for another user is his own filter
        filters.save(officer2, "核查 " + tag, mine);

        java.util.function.Supplier<Object> rows = () -> jdbc.queryForList(
                "SELECT * FROM task_saved_filter WHERE name LIKE ? ORDER BY id", "%" + tag + "%");
        Refusals.refused(messages, rows, "inbox.filter.nameTaken", () -> filters.save(officer1, "核查 " + tag, mine));
        Refusals.refused(messages, rows, "inbox.filter.empty",
                () -> filters.save(officer1, "空的 " + tag, InboxFilter.NONE));
        Refusals.refused(messages, rows, "inbox.filter.nameRequired", () -> filters.save(officer1, "  ", mine));
        Refusals.refused(messages, rows, "inbox.filter.procedure", () -> filters.save(officer1, "x" + tag,
                new InboxFilter("BOGUS", null, null, null, null, null)));
        Refusals.refused(messages, rows, "inbox.filter.notFound", () -> {
            filters.delete(officer2, saved.id());
            return null;
        });
        Refusals.refused(messages, rows, "inbox.filter.notFound", () -> filters.filter(officer2, saved.id()));

        filters.delete(officer1, saved.id());
        assertThat(filters.mine(officer1)).extracting(SavedFilter::id).doesNotContain(saved.id());
    }

    @Test
    void aMalformedFilterIsRefusedWithItsReason() {
        Refusals.refused(messages, () -> 0, "inbox.filter.procedure", () -> inbox.inbox(f.actor("officer1"),
                new InboxFilter("BOGUS", null, null, null, null, null), 0, 50));
        Refusals.refused(messages, () -> 0, "inbox.filter.party", () -> inbox.inbox(f.actor("officer1"),
                party("长".repeat(InboxFilter.PARTY_MAX + 1)), 0, 50));
        Refusals.refused(messages, () -> 0, "inbox.filter.taskKey", () -> inbox.inbox(f.actor("officer1"),
                new InboxFilter(null, "Task'; DROP", null, null, null, null), 0, 50));
    }
}
