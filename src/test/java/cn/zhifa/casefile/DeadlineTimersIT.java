package cn.zhifa.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.process.CaseClockProcess;
import cn.zhifa.casefile.process.PreservationEngine;
import cn.zhifa.notification.Notification;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.shared.DomainException;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's timers come from the calendar: a deadline watch warns (yellow) N working days before the last day
 * and alerts (red) after it; preserved evidence without a decision lapses automatically. Time is moved by setting
 * the application clock and the engine's {@link ClockUtil}, then executing the due jobs — never by sleeping.
 */
@IntegrationTest
class DeadlineTimersIT {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired NotificationService notifications;
    @Autowired PreservationService preservations;
    @Autowired CaseFileService cases;

    private void at(LocalDateTime t) {
        clock.setWithEngine(t);
    }

    @AfterEach
    void realTime() {
        clock.resetWithEngine();
    }

    private ProcessInstance clockOf(long caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CaseClockProcess.PROCESS_KEY)
                .processInstanceBusinessKey("clock:" + caseId).singleResult();
    }

    private static Date at(int y, int m, int d, int h, int min) {
        return Date.from(LocalDateTime.of(y, m, d, h, min).atZone(CHINA).toInstant());
    }

    private Job timer(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
    }

    /** Runs every timer of the instance that is due at the engine's current time. */
    private void runDueTimers(String processInstanceId) {
        for (Job j : management.createJobQuery().processInstanceId(processInstanceId).timers().executable()
                .list()) {
            management.executeJob(j.getId());
        }
    }

    private List<Notification> notes(String user, long caseId) {
        return notifications.mine(f.actor(user), false, 200).stream()
                .filter(n -> n.caseId() != null && n.caseId() == caseId).toList();
    }

    @Test
    void caseClockWarnsThenAlertsOnCalendarDates() {
        at(LocalDateTime.of(2026, 1, 5, 9, 0));
        var lead = f.aLead();
        ProcessInstance clock = clockOf(lead.id());
        assertThat(clock).as("one clock per case, started at registration").isNotNull();
        // verification: 15 working days → Mon 26 Jan; yellow from Wed 21 Jan (22, 23 and 26 Jan left)
        assertThat(timer(clock.getId()).getDuedate()).isEqualTo(at(2026, 1, 21, 8, 30));
        f.step(lead.id(), "officer1", f.verifyToFile());
        f.step(lead.id(), "head1", new StepPayload.ApproveFiling(true, null));
        // filed: the decision period (due Tue 7 Apr) re-arms the same timer: yellow from 1 Apr (2, 3, 7 Apr left)
        assertThat(timer(clock.getId()).getDuedate()).isEqualTo(at(2026, 4, 1, 8, 30));

        at(LocalDateTime.of(2026, 3, 31, 18, 0));
        runDueTimers(clock.getId());
        assertThat(notes("officer1", lead.id())).isEmpty();

        at(LocalDateTime.of(2026, 4, 1, 8, 31));
        runDueTimers(clock.getId());
        assertThat(notes("officer1", lead.id())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationService.DEADLINE_WARNING);
            assertThat(n.dueDate()).isEqualTo("2026-04-07");
            assertThat(n.text()).contains("作出处罚决定期限").contains("2026-04-07");
        });
        assertThat(notes("officer2", lead.id())).hasSize(1);
        assertThat(notes("head1", lead.id())).as("warnings go to the handlers").isEmpty();
        assertThat(timer(clock.getId()).getDuedate()).isEqualTo(at(2026, 4, 8, 0, 0));
        // running the clock again before the next moment raises nothing
        runDueTimers(clock.getId());
        assertThat(notes("officer1", lead.id())).hasSize(1);

        at(LocalDateTime.of(2026, 4, 8, 0, 1));
        runDueTimers(clock.getId());
        assertThat(notes("officer1", lead.id())).extracting(Notification::kind)
                .containsExactly(NotificationService.DEADLINE_OVERDUE, NotificationService.DEADLINE_WARNING);
        assertThat(notes("head1", lead.id())).extracting(Notification::kind)
                .containsExactly(NotificationService.DEADLINE_OVERDUE);
        assertThat(notes("principal", lead.id())).hasSize(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(clock.getId())
                .activityId(CaseClockProcess.TASK_CHECK).count()).as("woken twice: warning, overdue").isEqualTo(2);
        assertThat(cases.view(f.actor("officer1"), lead.id()).history()).extracting(StageChange::action)
                .contains("DEADLINE_WARNING", "DEADLINE_OVERDUE");
    }

    @Test
    void anExtensionReArmsTheClockAndAnEndedCaseStopsIt() {
        at(LocalDateTime.of(2026, 1, 5, 9, 0));
        var c = f.aFiledCase();
        ProcessInstance clock = clockOf(c.id());
        at(LocalDateTime.of(2026, 3, 2, 9, 0));
        clockService.extend(f.actor("head1"), c.id(), ClockEventKind.EXTENSION_HEAD, 30, "案情复杂");
        // 5 Jan + 120 days = 5 May (劳动节) → Wed 6 May; yellow from Tue 28 Apr (28, 29, 30 Apr, 6 May)
        assertThat(timer(clock.getId()).getDuedate()).isEqualTo(at(2026, 4, 28, 8, 30));
        at(LocalDateTime.of(2026, 4, 1, 8, 31));
        runDueTimers(clock.getId());
        assertThat(notes("officer1", c.id())).isEmpty();

        // a case that ends stops its clock without a word
        at(LocalDateTime.of(2026, 1, 5, 9, 0));
        var lead = f.aCaseAwaitingFiling();
        ProcessInstance other = clockOf(lead.id());
        f.step(lead.id(), "head1", new StepPayload.ApproveFiling(false, "不属于本机关管辖"));
        runDueTimers(other.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(other.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(other.getId())
                .activityId(CaseClockProcess.END_CLOSED).count()).isEqualTo(1);
        assertThat(notes("officer1", lead.id())).isEmpty();
    }

    @Autowired CaseClockService clockService;

    @Test
    void preservedEvidenceLapsesAfterSevenWorkingDaysWithoutDecision() {
        // Thu 24 Sep 2026: the 7 working days skip 中秋 (25–27 Sep) and 国庆 (1–7 Oct) and count make-up Sat 10 Oct
        at(LocalDateTime.of(2026, 9, 24, 10, 0));
        var c = f.aFiledCase();
        Preservation asked = preservations.request(f.actor("officer1"), c.id(), "占道经营桌椅4张", "执法队暂扣物品仓库",
                "当事人拒不配合，证据可能灭失", false);
        assertThatThrownBy(() -> preservations.approve(f.actor("officer3"), asked.id(), true, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("permission.denied");
        Preservation p = preservations.approve(f.actor("head2"), asked.id(), true, "同意");
        // 24 Sep (Thu) + 7 working days: 28, 29, 30 Sep, 8, 9 Oct, 10 Oct (make-up Sat), 12 Oct
        assertThat(p.dueDate()).isEqualTo("2026-10-12");
        ProcessInstance pi = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("preservation:" + p.id()).singleResult();
        assertThat(timer(pi.getId()).getDuedate())
                .isEqualTo(Date.from(LocalDateTime.of(2026, 10, 13, 0, 0).atZone(CHINA).toInstant()));

        at(LocalDateTime.of(2026, 10, 12, 23, 59));
        runDueTimers(pi.getId());
        assertThat(preservations.ofCase(f.actor("officer1"), c.id()).get(0).isOpen()).isTrue();

        at(LocalDateTime.of(2026, 10, 13, 0, 1));
        runDueTimers(pi.getId());
        Preservation lapsed = preservations.ofCase(f.actor("officer1"), c.id()).get(0);
        assertThat(lapsed.outcome()).isEqualTo(PreservationOutcome.LAPSED);
        assertThat(lapsed.outcomeBy()).isNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(PreservationEngine.END_LAPSED).count()).isEqualTo(1);
        assertThat(notes("officer1", c.id())).extracting(Notification::kind)
                .contains(NotificationService.PRESERVATION_LAPSED);
        var h = cases.view(f.actor("officer1"), c.id()).history();
        assertThat(h).anySatisfy(x -> {
            assertThat(x.action()).isEqualTo("PRESERVATION_LAPSED");
            assertThat(x.actorId()).isNull();
        });
        assertThatThrownBy(() -> preservations.decide(f.actor("officer1"), p.id(), PreservationOutcome.RELEASED))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("preservation.alreadyDecided");
    }

    @Test
    void aDecisionInTimeEndsThePreservationProcess() {
        at(LocalDateTime.of(2026, 3, 2, 10, 0));
        var c = f.aFiledCase();
        Preservation p = preservations.approve(f.actor("head1"), preservations.request(f.actor("officer2"), c.id(),
                "广告牌1块", "仓库A", "证据可能灭失", false).id(), true, null);
        assertThatThrownBy(() -> preservations.decide(f.actor("officer3"), p.id(), PreservationOutcome.RECORDED))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("preservation.handlersOnly");
        at(LocalDateTime.of(2026, 3, 5, 10, 0));
        Preservation decided = preservations.decide(f.actor("officer1"), p.id(), PreservationOutcome.RELEASED);
        assertThat(decided.outcome()).isEqualTo(PreservationOutcome.RELEASED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("preservation:" + p.id())
                .count()).isZero();
        assertThat(management.createJobQuery().timers().list()).noneMatch(j -> {
            var inst = history.createHistoricProcessInstanceQuery().processInstanceId(j.getProcessInstanceId())
                    .singleResult();
            return inst != null && ("preservation:" + p.id()).equals(inst.getBusinessKey());
        });
        assertThat(LocalDate.parse("2026-03-11")).isEqualTo(decided.dueDate());
    }
}
