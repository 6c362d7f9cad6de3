package cn.zhifa.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.calendar.CalendarAdminService;
import cn.zhifa.calendar.DayKind;
import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.shared.DomainException;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import cn.zhifa.tasks.InboxService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The statutory clock on real cases, with the application clock set to fixed days (never sleeping): the decision
 * period with the 清明 end-day shift, pauses, extensions and their approvals, the statement window, task due dates,
 * the supervisor's overview, and a calendar change moving every dependent deadline.
 */
@IntegrationTest
class CaseClockIT {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired CaseClockService caseClock;
    @Autowired RemedyService remedies;
    @Autowired CaseWorkflowService workflow;
    @Autowired CaseFileService cases;
    @Autowired InboxService inbox;
    @Autowired CalendarAdminService calendarAdmin;

    private void today(String day) {
        clock.set(LocalDate.parse(day).atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant());
    }

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private CaseDeadline deadline(long caseId, DeadlineKind kind) {
        return caseClock.deadlines(f.actor("officer1"), caseId).stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow();
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void decisionPeriodShiftsOverQingmingAndTasksShowIt() {
        today("2026-01-05");
        var c = f.aLead();
        assertThat(deadline(c.id(), DeadlineKind.VERIFICATION).due()).isEqualTo("2026-01-26");
        assertThat(f.openTask(c.id()).dueDate()).isEqualTo("2026-01-26");
        f.step(c.id(), "officer1", f.verifyToFile());
        f.step(c.id(), "head1", new StepPayload.ApproveFiling(true, null));
        CaseDeadline decision = deadline(c.id(), DeadlineKind.DECISION);
        // enforcement-law.md §6.4: filed Mon 5 Jan 2026 → 5 Apr is Sunday (清明) → Tue 7 Apr 2026
        assertThat(decision.due()).isEqualTo("2026-04-07");
        assertThat(decision.confirmed()).isTrue();
        assertThat(decision.open()).isTrue();
        assertThat(decision.light()).isEqualTo(DeadlineLight.GREEN);
        assertThat(deadline(c.id(), DeadlineKind.VERIFICATION).open()).isFalse();
        assertThat(f.openTask(c.id()).dueDate()).isEqualTo("2026-04-07");
        // the stored read model and the case view agree
        assertThat(cases.view(f.actor("officer1"), c.id()).deadlines()).contains(decision);
    }

    @Test
    void pauseAndExtensionsMoveTheDecisionDeadlineWithTheirApprovals() {
        today("2026-01-05");
        var c = f.aFiledCase();
        long id = c.id();
        // only a head who is not a handler may pause
        assertThatThrownBy(() -> caseClock.pause(f.actor("officer1"), id, ClockEventKind.PAUSE_APPRAISAL,
                LocalDate.parse("2026-01-05"), "送检")).satisfies(e -> assertThat(code(e)).isEqualTo("permission.denied"));
        today("2026-01-20");
        caseClock.pause(f.actor("head1"), id, ClockEventKind.PAUSE_APPRAISAL, LocalDate.parse("2026-01-20"),
                "涉案物品送检测");
        assertThatThrownBy(() -> caseClock.pause(f.actor("head1"), id, ClockEventKind.PAUSE_HEARING,
                LocalDate.parse("2026-01-20"), "听证")).satisfies(e -> assertThat(code(e)).isEqualTo("clock.alreadyPaused"));
        today("2026-01-29");
        // while paused the deadline moves day by day
        assertThat(deadline(id, DeadlineKind.DECISION).due()).isEqualTo("2026-04-15");
        caseClock.resume(f.actor("head2"), id, LocalDate.parse("2026-01-29"));
        // 10 paused days (20–29 Jan): 5 Jan + 100 days = Wed 15 Apr 2026
        assertThat(deadline(id, DeadlineKind.DECISION).due()).isEqualTo("2026-04-15");
        assertThat(f.openTask(id).dueDate()).isEqualTo("2026-04-15");

        assertThatThrownBy(() -> caseClock.extend(f.actor("principal"), id, ClockEventKind.EXTENSION_COLLECTIVE, 60,
                "复杂")).satisfies(e -> assertThat(code(e)).isEqualTo("clock.headExtensionFirst"));
        assertThatThrownBy(() -> caseClock.extend(f.actor("head1"), id, ClockEventKind.EXTENSION_HEAD, 45, "复杂"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("clock.badExtensionDays"));
        caseClock.extend(f.actor("head1"), id, ClockEventKind.EXTENSION_HEAD, 30, "案情复杂，需补充调查");
        assertThat(deadline(id, DeadlineKind.DECISION).due()).isEqualTo("2026-05-15");
        assertThatThrownBy(() -> caseClock.extend(f.actor("head2"), id, ClockEventKind.EXTENSION_HEAD, 30, "再延"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("clock.headExtensionUsed"));
        assertThatThrownBy(() -> caseClock.extend(f.actor("head2"), id, ClockEventKind.EXTENSION_COLLECTIVE, 60,
                "集体讨论")).satisfies(e -> assertThat(code(e)).isEqualTo("clock.collectiveNeedsPrincipal"));
        assertThatThrownBy(() -> caseClock.extend(f.actor("principal"), id, ClockEventKind.EXTENSION_COLLECTIVE, 61,
                "集体讨论")).satisfies(e -> assertThat(code(e)).isEqualTo("clock.badExtensionDays"));
        // the further extension only with the heads' confirmed resolution (decision 0030; ExtensionDeliberationIT)
        assertThatThrownBy(() -> caseClock.extend(f.actor("principal"), id, ClockEventKind.EXTENSION_COLLECTIVE, 60,
                "经2026年第3次负责人集体讨论决定延期"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("clock.collectiveNeedsResolution"));
        assertThat(deadline(id, DeadlineKind.DECISION).due()).isEqualTo("2026-05-15");

        var view = cases.view(f.actor("supervisor1"), id);
        assertThat(view.clockEvents()).extracting(ClockEvent::kind).containsExactly(ClockEventKind.PAUSE_APPRAISAL,
                ClockEventKind.EXTENSION_HEAD);
        assertThat(view.clockEvents().get(0).end()).isEqualTo("2026-01-29");
        assertThat(view.history()).extracting(StageChange::action).contains("CLOCK_PAUSED", "CLOCK_RESUMED",
                "CLOCK_EXTENDED");
    }

    @Test
    void noDecisionAfterTheDecisionPeriodWithoutExtension() {
        today("2026-01-05");
        var c = f.aFiledCase();
        today("2026-04-08");
        f.step(c.id(), "officer1", new StepPayload.Investigate("事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        f.step(c.id(), "officer1", f.tiered(c.id(),
                new StepPayload.InvestigationReport(OutcomeType.FINE, CaseFiles.FINE, null,
                "责令改正", "一般情形", false, null, false)));
        f.step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        f.step(c.id(), "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT));
        f.step(c.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
        String task = f.openTask(c.id()).taskId();
        assertThatThrownBy(() -> workflow.complete(f.actor("head1"), task, f.fineDecision(CaseFiles.FINE)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("decision.overdue"));
        assertThat(deadline(c.id(), DeadlineKind.DECISION).light()).isEqualTo(DeadlineLight.RED);
        // too late to extend, too, unless a head approved the late decision (0025)
        assertThatThrownBy(() -> caseClock.extend(f.actor("head1"), c.id(), ClockEventKind.EXTENSION_HEAD, 30, "x"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("clock.overdueWithoutApproval"));
    }

    @Test
    void silenceIsAWaiverOnlyAfterTheStatementWindow() {
        today("2026-02-12");
        var c = f.aCaseAtStatement();
        // §6.4: notice served Thu 12 Feb 2026 → 5 working days incl. make-up Sat 14 Feb → Thu 26 Feb 2026
        assertThat(deadline(c.id(), DeadlineKind.STATEMENT).due()).isEqualTo("2026-02-26");
        today("2026-02-26");
        String task = f.openTask(c.id()).taskId();
        assertThatThrownBy(() -> workflow.complete(f.actor("officer1"), task,
                new StepPayload.StatementDefence(false, " ", null)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("statement.windowOpen"));
        today("2026-02-27");
        var after = workflow.complete(f.actor("officer1"), task, new StepPayload.StatementDefence(false, null, null));
        assertThat(after.statementWaived()).isTrue();
        assertThat(cases.view(f.actor("officer1"), c.id()).history()).extracting(StageChange::action)
                .contains("STATEMENT_WINDOW_LAPSED");
    }

    @Test
    void supervisorSeesAtRiskAndOverdueDeadlines() {
        today("2026-01-05");
        var c = f.aFiledCase();
        today("2026-04-03");
        var atRisk = caseClock.atRisk(f.actor("supervisor1"), null, 1000);
        assertThat(atRisk).anySatisfy(r -> {
            assertThat(r.caseId()).isEqualTo(c.id());
            assertThat(r.kind()).isEqualTo(DeadlineKind.DECISION);
            assertThat(r.light()).isEqualTo(DeadlineLight.YELLOW);
            assertThat(r.handlers()).contains("王强", "李娜");
        });
        today("2026-04-08");
        assertThat(caseClock.atRisk(f.actor("head1"), null, 1000))
                .anySatisfy(r -> assertThat(r.caseId() == c.id() && r.light() == DeadlineLight.RED).isTrue());
        assertThat(caseClock.atRisk(f.actor("wj_head1"), null, 1000)).noneMatch(r -> r.caseId() == c.id());
        assertThatThrownBy(() -> caseClock.atRisk(f.actor("officer1"), null, 10))
                .satisfies(e -> assertThat(code(e)).isEqualTo("auth.supervisorOnly"));
    }

    @Test
    void aHolidayAddedToTheCalendarMovesDependentDeadlinesAndIsRecorded() {
        today("2026-01-05");
        var c = f.aFiledCase();
        LocalDate due = LocalDate.parse("2026-04-07");
        assertThat(deadline(c.id(), DeadlineKind.DECISION).due()).isEqualTo(due);
        try {
            calendarAdmin.setDay(f.actor("admin"), due, DayKind.HOLIDAY, "测试：地方临时放假");
            assertThat(deadline(c.id(), DeadlineKind.DECISION).due()).isEqualTo("2026-04-08");
            assertThat(f.openTask(c.id()).dueDate()).isEqualTo("2026-04-08");
            assertThat(cases.view(f.actor("officer1"), c.id()).history())
                    .anySatisfy(h -> {
                        assertThat(h.action()).isEqualTo("DEADLINE_CHANGED");
                        assertThat(h.text()).contains("2026-04-07").contains("2026-04-08");
                    });
            assertThatThrownBy(() -> calendarAdmin.setDay(f.actor("officer1"), due, DayKind.NORMAL, "x"))
                    .satisfies(e -> assertThat(code(e)).isEqualTo("auth.adminOnly"));
        } finally {
            calendarAdmin.setDay(f.actor("admin"), due, DayKind.NORMAL, "测试结束，恢复");
        }
        assertThat(deadline(c.id(), DeadlineKind.DECISION).due()).isEqualTo(due);
    }

    @Test
    void surchargeRunsAfterThePaymentPeriodStopsDuringRemediesAndIsCapped() {
        today("2026-03-02");
        var c = f.aCaseAtExecution();
        // served Mon 2 Mar → 15 days → Tue 17 Mar 2026
        assertThat(deadline(c.id(), DeadlineKind.PAYMENT).due()).isEqualTo("2026-03-17");
        assertThat(cases.view(f.actor("officer1"), c.id()).surcharge()).isNull();
        today("2026-03-27");
        var s = caseClock.surcharge(f.actor("officer1"), c.id()).orElseThrow();
        assertThat(s.days()).isEqualTo(10);
        assertThat(s.amount()).isEqualByComparingTo("150.00");
        assertThatThrownBy(() -> remedies.file(f.actor("officer3"), c.id(), RemedyKind.RECONSIDERATION,
                LocalDate.parse("2026-03-20"), "区人民政府", null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("remedy.handlersOrHeads"));
        Remedy remedy = remedies.file(f.actor("officer1"), c.id(), RemedyKind.RECONSIDERATION,
                LocalDate.parse("2026-03-20"), "区人民政府", "当事人申请行政复议");
        assertThat(caseClock.surcharge(f.actor("officer1"), c.id()).orElseThrow().amount())
                .as("18 and 19 March only").isEqualByComparingTo("30.00");
        remedies.conclude(f.actor("head1"), c.id(), remedy.id(), LocalDate.parse("2026-03-25"), RemedyOutcome.UPHELD,
                null);
        assertThat(caseClock.surcharge(f.actor("officer1"), c.id()).orElseThrow().amount())
                .as("18, 19, 26, 27 March").isEqualByComparingTo("60.00");
        today("2026-07-01");
        var capped = cases.view(f.actor("officer1"), c.id()).surcharge();
        assertThat(capped.capped()).isTrue();
        assertThat(capped.amount()).isEqualByComparingTo(CaseFiles.FINE);
        assertThat(cases.view(f.actor("officer1"), c.id()).history()).extracting(StageChange::action)
                .contains("REMEDY_FILED", "REMEDY_CONCLUDED");
    }

    @Autowired cn.zhifa.notification.CalendarYearWarning yearWarning;
    @Autowired cn.zhifa.notification.NotificationService notifications;
    @Autowired PeriodSettingsFollower periodSettings;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void adminsAreWarnedOnceBeforeAYearWithoutCalendarData() {
        today("2026-11-22");
        yearWarning.warn();
        assertThat(yearWarning.warn()).as("not twice while unread").isZero();
        assertThat(notifications.mine(f.actor("admin"), true, 50)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(cn.zhifa.notification.CalendarYearWarning.CALENDAR_MISSING);
            assertThat(n.text()).contains("2027");
        });
        assertThat(notifications.mine(f.actor("officer1"), true, 50))
                .noneMatch(n -> n.kind().equals(cn.zhifa.notification.CalendarYearWarning.CALENDAR_MISSING));
    }

    @Test
    void changedPeriodSettingsAreDetectedAtStartUp() {
        jdbc.update("UPDATE app_setting SET setting = 'a configuration of the past' WHERE name = ?",
                PeriodSettingsFollower.SETTING);
        periodSettings.run(null);
        assertThat(jdbc.queryForObject("SELECT setting FROM app_setting WHERE name = ?", String.class,
                PeriodSettingsFollower.SETTING)).isEqualTo(periodSettings.fingerprint()).contains("DECISION=");
    }
}
