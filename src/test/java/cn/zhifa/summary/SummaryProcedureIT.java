package cn.zhifa.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseQuery;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.CaseSummary;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.casefile.StageChange;
import cn.zhifa.notification.Notification;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.summary.process.SummaryProcedure;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import cn.zhifa.tasks.InboxService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The summary procedure through its service on the real schema: gates, numbering, follow-up and late 备案. */
@IntegrationTest
class SummaryProcedureIT {


    @Autowired SummaryProcedureService summaries;
    @Autowired CaseFileService cases;
    @Autowired InboxService inbox;
    @Autowired NotificationService notifications;
    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired cn.zhifa.tasks.BulkTasks bulk;
    @Autowired cn.zhifa.casefile.ExecutionService execution;

    /** Paid in full at the bank (行政处罚法 Art. 67): only then does 备案 close a fine not collected on the spot. */
    private void paidAtBank(SummaryCase c) {
        execution.pay(f.actor("officer2"), c.caseId(), new cn.zhifa.casefile.ExecutionService.PaymentInput(
                "BANK-" + c.caseId(), c.fine(), BigDecimal.ZERO, f.today()));
    }

    @AfterEach
    void realTime() {
        clock.resetWithEngine();
    }

    private void at(LocalDateTime t) {
        clock.setWithEngine(t);
    }

    private long officer2() {
        return f.actor("officer2").userId();
    }

    OnTheSpotPenalty penalty(PartyKind kind, PenaltyKind p, String fine) {
        return new OnTheSpotPenalty(kind, kind == PartyKind.ORGANIZATION ? "朝阳便利店有限公司" : "当场当事人",
                kind == PartyKind.ORGANIZATION ? IdType.CREDIT_CODE : IdType.ID_CARD, null, "13800000001",
                "在朝阳路10号店外占道经营", true, "《城市市容和环境卫生管理条例》第三十六条", "朝阳路10号", null, null, p,
                fine == null ? null : new BigDecimal(fine), officer2(), true, "承认占道，已自行清理", false, true,
                false, null, null, null, null);
    }

    private long rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    @Test
    void manyDecisionsAreFiledInOneGoAndWhatCannotBeFiledIsNamedAndLeftAlone() {
        Actor o1 = f.actor("officer1");
        SummaryCase a = summaries.decide(o1, penalty(PartyKind.NATURAL_PERSON, PenaltyKind.FINE, "100"));
        SummaryCase b = summaries.decide(o1, penalty(PartyKind.NATURAL_PERSON, PenaltyKind.FINE, "150"));
        paidAtBank(a);
        paidAtBank(b);
        String ta = inbox.openTasksOfCase(a.caseId()).get(0).taskId();
        String tb = inbox.openTasksOfCase(b.caseId()).get(0).taskId();
        cn.zhifa.casefile.CaseFile lead = f.aLead();
        String leadTask = f.openTask(lead.id()).taskId();
        List<cn.zhifa.tasks.BulkTasks.Outcome> out = bulk.perform(f.actor("officer2"), "SUMMARY_FILE_RECORD",
                List.of(ta, tb, leadTask, "no-such-task", ta), cn.zhifa.shared.Messages.ZH_CN);
        assertThat(out).hasSize(4); // the repeated id once
        assertThat(out.get(0).done()).isTrue();
        assertThat(out.get(1).done()).isTrue();
        assertThat(out.get(2).done()).isFalse();
        assertThat(out.get(2).code()).isEqualTo("task.bulk.notApplicable");
        assertThat(out.get(2).message()).contains("批量备案");
        assertThat(out.get(3).code()).isEqualTo("task.notFound");
        assertThat(cases.get(o1, a.caseId()).stage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(cases.get(o1, b.caseId()).stage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id IN (?, ?) AND action = "
                + "'SUMMARY_FILED'", Integer.class, a.caseId(), b.caseId())).isEqualTo(2);
        // the lead is untouched: still open, unclaimed
        assertThat(f.openTask(lead.id()).taskId()).isEqualTo(leadTask);
        assertThat(f.openTask(lead.id()).assigneeId()).isNull();
        // 批量签收 takes the unclaimed; a second time it names them as already taken
        cn.zhifa.casefile.CaseFile lead2 = f.aLead();
        String leadTask2 = f.openTask(lead2.id()).taskId();
        assertThat(bulk.perform(o1, "CLAIM", List.of(leadTask, leadTask2), cn.zhifa.shared.Messages.ZH_CN))
                .allMatch(cn.zhifa.tasks.BulkTasks.Outcome::done);
        assertThat(f.openTask(lead2.id()).assigneeId()).isEqualTo(o1.userId());
        assertThat(bulk.perform(o1, "CLAIM", List.of(leadTask), cn.zhifa.shared.Messages.ZH_CN).get(0).code())
                .isEqualTo("task.bulk.notApplicable");
        // an unknown verb, too many tasks: refused before anything is done
        assertThatThrownBy(() -> bulk.perform(o1, "DELETE", List.of(leadTask), cn.zhifa.shared.Messages.ZH_CN))
                .isInstanceOf(DomainException.class).hasMessageContaining("task.bulk.unknownAction");
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= cn.zhifa.tasks.BulkTasks.MAX; i++) {
            many.add("t" + i);
        }
        assertThatThrownBy(() -> bulk.perform(o1, "CLAIM", many, cn.zhifa.shared.Messages.ZH_CN))
                .isInstanceOf(DomainException.class).hasMessageContaining("task.bulk.tooMany");
    }

    @Test
    void aLawfulPenaltyIsNumberedStoredAndWaitsForFiling() {
        Actor o1 = f.actor("officer1");
        SummaryCase c = summaries.decide(o1, penalty(PartyKind.NATURAL_PERSON, PenaltyKind.FINE, "200"));
        assertThat(c.decisionNo()).matches(".*当罚〔\\d{4}〕第\\d{4}号");
        assertThat(c.fine()).isEqualByComparingTo("200.00");
        assertThat(c.officers()).contains("王强").contains("李娜");
        assertThat(c.certificates()).isNotBlank();
        assertThat(c.remedy()).contains("行政复议").contains("行政诉讼");
        assertThat(c.agencyName()).isNotBlank();
        assertThat(c.filingDue()).isAfter(c.decidedAt().toLocalDate());
        assertThat(c.handInDue()).isNull();
        var view = cases.view(o1, c.caseId());
        assertThat(view.caseFile().procedureType()).isEqualTo("SUMMARY");
        assertThat(view.caseFile().caseNo()).isEqualTo(c.decisionNo());
        assertThat(view.handlers()).hasSize(2);
        assertThat(view.history()).extracting(StageChange::action).contains("SUMMARY_DECIDED");
        // the 备案 task is in the handlers' inbox as a SUMMARY task; the search filters by procedure
        assertThat(inbox.inbox(f.actor("officer2"), "SUMMARY", 0, 200)).anySatisfy(t -> {
            assertThat(t.caseId()).isEqualTo(c.caseId());
            assertThat(t.taskKey()).isEqualTo(SummaryProcedure.TASK_FILE_RECORD);
            assertThat(t.procedureType()).isEqualTo("SUMMARY");
        });
        assertThat(inbox.inbox(f.actor("officer2"), "ORDINARY", 0, 200)).noneMatch(t -> t.caseId() == c.caseId());
        assertThat(cases.search(o1, new CaseQuery(null, null, null, null, null, 0, 500, "SUMMARY")))
                .extracting(CaseSummary::id).contains(c.caseId());
        assertThat(cases.search(o1, new CaseQuery(null, null, null, null, null, 0, 500, "ORDINARY")))
                .extracting(CaseSummary::id).doesNotContain(c.caseId());

        SummaryCase filed = summaries.fileRecord(f.actor("officer2"), c.caseId());
        assertThat(filed.filedDate()).isEqualTo(f.today());
        assertThat(filed.filingLate()).isFalse();
        // not collected on the spot and unpaid: 备案 does not close the case, the fine's execution is open (0031)
        assertThat(cases.get(o1, c.caseId()).stage()).isEqualTo(CaseStage.EXECUTION);
        assertThat(inbox.openTasksOfCase(c.caseId())).extracting(cn.zhifa.tasks.InboxTask::taskKey)
                .containsExactly(SummaryProcedure.TASK_PAY_AT_BANK);
        assertThatThrownBy(() -> summaries.fileRecord(o1, c.caseId())).isInstanceOf(DomainException.class);
        paidAtBank(c);
        summaries.endExecution(f.actor("officer2"), c.caseId());
        assertThat(cases.get(o1, c.caseId()).stage()).isEqualTo(CaseStage.ARCHIVED);
    }

    @Test
    void refusalsLeaveNothingWritten() {
        Actor o1 = f.actor("officer1");
        long before = rows("summary_decision");
        long casesBefore = rows("case_file");
        record Refusal(OnTheSpotPenalty p, String code) {
        }
        OnTheSpotPenalty ok = penalty(PartyKind.NATURAL_PERSON, PenaltyKind.FINE, "100");
        List<Refusal> refusals = List.of(
                new Refusal(penalty(PartyKind.NATURAL_PERSON, PenaltyKind.FINE, "200.01"), "summary.overPersonLimit"),
                new Refusal(penalty(PartyKind.ORGANIZATION, PenaltyKind.FINE, "3000.01"),
                        "summary.overOrganizationLimit"),
                new Refusal(penalty(PartyKind.NATURAL_PERSON, PenaltyKind.WARNING, "20"), "summary.warningHasFine"),
                new Refusal(withStatement(ok, null, false), "summary.statementMissing"),
                new Refusal(new OnTheSpotPenalty(ok.partyKind(), ok.partyName(), ok.idType(), null, null,
                        ok.violation(), true, ok.legalBasis(), ok.place(), null, null, ok.penalty(), ok.fine(),
                        ok.secondOfficerId(), false, "说明", false, true, false, null, null, null, null),
                        "summary.certificatesNotShown"),
                new Refusal(new OnTheSpotPenalty(ok.partyKind(), ok.partyName(), ok.idType(), null, null,
                        ok.violation(), false, ok.legalBasis(), ok.place(), null, null, ok.penalty(), ok.fine(),
                        ok.secondOfficerId(), true, "说明", false, true, false, null, null, null, null),
                        "summary.factsNotConclusive"),
                new Refusal(new OnTheSpotPenalty(ok.partyKind(), ok.partyName(), ok.idType(), null, null,
                        ok.violation(), true, ok.legalBasis(), ok.place(), null, null, ok.penalty(),
                        new BigDecimal("150"), ok.secondOfficerId(), true, "说明", false, true, true,
                        CollectionReason.SMALL_AMOUNT, "R-1", null, null), "summary.collectionOver100"),
                new Refusal(new OnTheSpotPenalty(ok.partyKind(), ok.partyName(), ok.idType(), null, null,
                        ok.violation(), true, ok.legalBasis(), ok.place(), null, null, ok.penalty(), ok.fine(),
                        o1.userId(), true, "说明", false, true, false, null, null, null, null), "handlers.tooFew"),
                new Refusal(new OnTheSpotPenalty(ok.partyKind(), ok.partyName(), ok.idType(), null, null,
                        ok.violation(), true, ok.legalBasis(), ok.place(), null, null, ok.penalty(), ok.fine(),
                        f.actor("aux1").userId(), true, "说明", false, true, false, null, null, null, null),
                        "handlers.auxiliary"));
        for (Refusal r : refusals) {
            assertThatThrownBy(() -> summaries.decide(o1, r.p())).as(r.code()).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo(r.code());
        }
        assertThatThrownBy(() -> summaries.decide(f.actor("aux1"), ok)).isInstanceOf(DomainException.class);
        assertThat(rows("summary_decision")).isEqualTo(before);
        assertThat(rows("case_file")).isEqualTo(casesBefore);
        // refusal to speak is lawful when noted; 3,000 for an organisation, a warning only
        assertThat(summaries.decide(o1, withStatement(ok, null, true)).statementRefused()).isTrue();
        assertThat(summaries.decide(o1, penalty(PartyKind.ORGANIZATION, PenaltyKind.FINE, "3000")).fine())
                .isEqualByComparingTo("3000");
        assertThat(summaries.decide(o1, penalty(PartyKind.NATURAL_PERSON, PenaltyKind.WARNING, null)).fine())
                .isNull();
    }

    private static OnTheSpotPenalty withStatement(OnTheSpotPenalty p, String statement, boolean refused) {
        return new OnTheSpotPenalty(p.partyKind(), p.partyName(), p.idType(), p.idNo(), p.phone(), p.violation(),
                p.factsConclusive(), p.legalBasis(), p.place(), p.itemId(), p.actDate(), p.penalty(), p.fine(),
                p.secondOfficerId(), p.certificatesShown(), statement, refused, p.partySigned(), p.collectOnSpot(),
                p.collectionReason(), p.receiptNo(), p.source(), p.complaintId());
    }

    @Test
    void decisionNumbersHaveNoGapsOrDuplicatesUnderConcurrency() throws Exception {
        Actor o1 = f.actor("officer1");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SummaryCase>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                return summaries.decide(o1, penalty(PartyKind.NATURAL_PERSON, PenaltyKind.FINE, "50"));
            }));
        }
        go.countDown();
        List<Integer> numbers = Collections.synchronizedList(new ArrayList<>());
        for (Future<SummaryCase> fu : futures) {
            String no = fu.get().decisionNo();
            numbers.add(Integer.parseInt(no.substring(no.indexOf('第') + 1, no.indexOf('号'))));
        }
        pool.shutdown();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(threads);
        List<Integer> all = jdbc.queryForList("SELECT seq_no FROM summary_decision WHERE unit_id = ? AND seq_year = ?"
                + " ORDER BY seq_no", Integer.class, o1.unitId(), f.today().getYear());
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i)).as("no gaps").isEqualTo(i + 1);
        }
    }

    @Test
    void lateFilingIsWarnedOnCalendarDatesAndRecordedAsLate() {
        at(LocalDateTime.of(2026, 3, 2, 9, 0)); // Monday
        Actor o1 = f.actor("officer1");
        OnTheSpotPenalty p = penalty(PartyKind.NATURAL_PERSON, PenaltyKind.FINE, "50");
        SummaryCase c = summaries.decide(o1, new OnTheSpotPenalty(p.partyKind(), p.partyName(), p.idType(), null,
                null, p.violation(), true, p.legalBasis(), p.place(), null, null, p.penalty(), p.fine(),
                p.secondOfficerId(), true, null, true, false, true, CollectionReason.SMALL_AMOUNT, "财0001", null,
                null));
        assertThat(c.filingDue()).isEqualTo(LocalDate.of(2026, 3, 5)); // 3 working days, start day not counted
        assertThat(c.handInDue()).isEqualTo(LocalDate.of(2026, 3, 4)); // 2 working days
        assertThat(c.partySigned()).isFalse();
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(c.caseId()))
                .processDefinitionKey(SummaryProcedure.PROCESS_KEY).singleResult().getId();
        summaries.handIn(f.actor("officer2"), c.caseId());

        at(LocalDateTime.of(2026, 3, 5, 23, 59));
        runDue(pi);
        assertThat(notes("officer1", c.caseId())).isEmpty();

        at(LocalDateTime.of(2026, 3, 6, 0, 1));
        runDue(pi);
        assertThat(notes("officer1", c.caseId())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationService.DEADLINE_OVERDUE);
            assertThat(n.text()).contains("备案").contains("2026-03-05");
        });
        assertThat(notes("officer2", c.caseId())).hasSize(1);
        assertThat(notes("head1", c.caseId())).hasSize(1);
        assertThat(summaries.get(o1, c.caseId()).filingLate()).isTrue();
        SummaryCase filed = summaries.fileRecord(o1, c.caseId());
        assertThat(filed.filedDate()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(filed.filingLate()).isTrue();
        assertThat(cases.view(o1, c.caseId()).history()).extracting(StageChange::action)
                .contains("SUMMARY_HANDED_IN", "SUMMARY_FILING_OVERDUE", "SUMMARY_FILED_LATE", "SUMMARY_CLOSED");
        assertThat(cases.get(o1, c.caseId()).stage()).isEqualTo(CaseStage.ARCHIVED);
    }

    private void runDue(String pi) {
        for (Job j : management.createJobQuery().processInstanceId(pi).timers().executable().list()) {
            management.executeJob(j.getId());
        }
    }

    private List<Notification> notes(String user, long caseId) {
        return notifications.mine(f.actor(user), false, 200).stream()
                .filter(n -> n.caseId() != null && n.caseId() == caseId).toList();
    }

}
