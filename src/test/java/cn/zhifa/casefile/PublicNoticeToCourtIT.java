package cn.zhifa.casefile;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
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

/**
 * Issue #12 "Done when", the first scenario: one fine case whose party cannot be found, walked end to end on the
 * controlled clock — 公告送达 of the advance notice → deemed service → statement window from the deemed date → decision
 * → the decision served by public notice → payment window from its deemed date → surcharge (3 % a day, capped at the
 * fine) → 催告 served (again by public notice) and its 10 working days → final → application to the court → ruling →
 * closed. Every date is asserted through the one calendar component ({@link StatutoryPeriods}) from the date before
 * it, and the statutory date it gives is written out in the comments (the 2026 official calendar applies).
 */
@IntegrationTest
class PublicNoticeToCourtIT {

    static final String PARTY_MISSING = "当事人下落不明，经营场所已关闭，经邮寄、电话联系均无法送达";

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired CaseFileService cases;
    @Autowired CaseClockService caseClock;
    @Autowired ExecutionService execution;
    @Autowired EnforcementService enforcement;
    @Autowired StatutoryPeriods periods;
    @Autowired Messages messages;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private void today(String day) {
        clock.setMorningOf(day);
    }

    private LocalDate due(LocalDate from, StatutoryPeriod period) {
        return periods.dueFrom(from, period).date();
    }

    private Supplier<Object> snapshot(long caseId) {
        return () -> List.of(cases.view(f.actor("head1"), caseId), caseClock.deadlines(f.actor("head1"), caseId),
                execution.status(f.actor("head1"), caseId));
    }

    private CaseDeadline deadline(long caseId, DeadlineKind kind) {
        return caseClock.deadlines(f.actor("officer1"), caseId).stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no deadline " + kind));
    }

    /** The comment of the case's record entry with {@code action}. */
    private String comment(long caseId, String action) {
        return cases.view(f.actor("head1"), caseId).history().stream().filter(h -> h.action().equals(action))
                .findFirst().orElseThrow(() -> new AssertionError("no record entry " + action)).text();
    }

    private ExecutionStatus status(long caseId) {
        return execution.status(f.actor("officer1"), caseId).orElseThrow();
    }

    @Test
    void publicNoticeToTheCourtOnTheCalendar() {
        // Mon 2 Mar 2026: the advance notice is published (公告) — the party is nowhere to be found
        today("2026-03-02");
        long id = f.aCaseAtNotice().id();
        LocalDate published = LocalDate.parse("2026-03-02");
        CaseFile noticed = f.step(id, "officer1", new StepPayload.AdvanceNotice(published,
                ServiceMethod.PUBLIC_NOTICE, null, null, null, PARTY_MISSING));
        // deemed served 30 days after publication: Wed 1 Apr 2026
        LocalDate noticeDeemed = due(published, StatutoryPeriod.PUBLIC_NOTICE_SERVICE);
        assertThat(noticeDeemed).isEqualTo("2026-04-01");
        assertThat(noticed.noticeDeliveredDate()).isEqualTo(published);
        assertThat(noticed.noticeServedDate()).isEqualTo(noticeDeemed);

        // the statement window runs from the deemed date: 5 working days over 清明 (4–6 Apr) → Thu 9 Apr
        CaseDeadline statement = deadline(id, DeadlineKind.STATEMENT);
        LocalDate statementDue = due(noticeDeemed, StatutoryPeriod.STATEMENT_DEFENCE);
        assertThat(statementDue).isEqualTo("2026-04-09");
        assertThat(statement.start()).isEqualTo(noticeDeemed);
        assertThat(statement.due()).isEqualTo(statementDue);

        // a day before the deemed date and on the last day of the window, silence is no waiver
        today("2026-03-31");
        refused(messages, snapshot(id), "statement.windowOpen",
                () -> f.step(id, "officer1", new StepPayload.StatementDefence(false, null, null)));
        today("2026-04-09");
        String zh = refused(messages, snapshot(id), "statement.windowOpen",
                () -> f.step(id, "officer1", new StepPayload.StatementDefence(false, null, null)));
        assertThat(zh).contains("2026-04-09");

        // Fri 10 Apr: the window has lapsed; the head decides a fine of 500; the decision is published the same day
        today("2026-04-10");
        f.step(id, "officer1", new StepPayload.StatementDefence(false, null, null));
        f.step(id, "head1", f.fineDecision(CaseFiles.FINE));
        LocalDate decisionPublished = f.today();
        CaseFile served = f.step(id, "officer1", new StepPayload.Service(decisionPublished,
                ServiceMethod.PUBLIC_NOTICE, null, PARTY_MISSING));
        // 10 Apr + 30 days = Sun 10 May → the period ends on the next working day, Mon 11 May 2026
        LocalDate decisionDeemed = due(decisionPublished, StatutoryPeriod.PUBLIC_NOTICE_SERVICE);
        assertThat(decisionDeemed).isEqualTo("2026-05-11");
        assertThat(served.stage()).isEqualTo(CaseStage.EXECUTION);
        assertThat(served.serviceDeliveredDate()).isEqualTo(decisionPublished);
        assertThat(served.servedDate()).isEqualTo(decisionDeemed);

        // the payment window: 15 days from the deemed date → Tue 26 May 2026
        LocalDate paymentDue = due(decisionDeemed, StatutoryPeriod.PAYMENT);
        assertThat(paymentDue).isEqualTo("2026-05-26");
        assertThat(deadline(id, DeadlineKind.PAYMENT).start()).isEqualTo(decisionDeemed);
        assertThat(deadline(id, DeadlineKind.PAYMENT).due()).isEqualTo(paymentDue);
        assertThat(status(id).paymentDue()).isEqualTo(paymentDue);
        // the remedy windows run from the deemed date too: 复议 60 days → Fri 10 Jul; 诉讼 6 months → Wed 11 Nov 2026;
        // the later one ends them; the court may be asked within 3 months after → Thu 11 Feb 2027
        LocalDate windowsEnd = due(decisionDeemed, StatutoryPeriod.LITIGATION);
        assertThat(due(decisionDeemed, StatutoryPeriod.RECONSIDERATION)).isEqualTo("2026-07-10");
        assertThat(windowsEnd).isEqualTo("2026-11-11");
        assertThat(status(id).remedyWindowsEnd()).isEqualTo(windowsEnd);
        assertThat(status(id).courtBy()).isEqualTo(due(windowsEnd, StatutoryPeriod.COURT_APPLICATION))
                .isEqualTo("2027-02-11");

        // before the deemed date and on the last day of the payment window: no surcharge, no 催告
        today("2026-04-30");
        assertThat(status(id).surcharge().amount()).isEqualByComparingTo("0");
        today("2026-05-26");
        assertThat(status(id).surcharge().amount()).isEqualByComparingTo("0");
        refused(messages, snapshot(id), "execution.demandTooEarly",
                () -> enforcement.issueDemand(f.actor("officer1"), id, "朝综执催字〔2026〕7号", null));

        // the surcharge: 3 % of 500 = 15.00 a day from 27 May; 33 days = 495.00; the 34th day would pass the fine
        today("2026-05-27");
        assertThat(status(id).surcharge().days()).isEqualTo(1);
        assertThat(status(id).surcharge().amount()).isEqualByComparingTo("15.00");
        today("2026-06-28");
        assertThat(status(id).surcharge().amount()).isEqualByComparingTo("495.00");
        assertThat(status(id).surcharge().capped()).isFalse();
        today("2026-06-29");
        assertThat(status(id).surcharge().amount()).isEqualByComparingTo("500.00");
        assertThat(status(id).surcharge().capped()).isTrue();
        today("2026-09-01");
        assertThat(status(id).surcharge().amount()).isEqualByComparingTo("500.00");
        assertThat(status(id).outstanding()).isEqualByComparingTo("1000.00");

        // Mon 28 Sep: the 催告书 is issued and published (the party is still missing); deemed served 30 days later,
        // Wed 28 Oct; its 10 working days: 29, 30 Oct, 2–6 Nov, 9, 10, 11 Nov → Wed 11 Nov 2026
        today("2026-09-28");
        enforcement.issueDemand(f.actor("officer1"), id, "朝综执催字〔2026〕7号", "限十日内缴纳罚款及加处罚款");
        refused(messages, snapshot(id), "service.publicNoticeReasonRequired",
                () -> enforcement.serveDemand(f.actor("officer1"), id, ServiceMethod.PUBLIC_NOTICE, f.today(), null,
                        " "));
        ExecutionStatus x = enforcement.serveDemand(f.actor("officer1"), id, ServiceMethod.PUBLIC_NOTICE, f.today(),
                null, PARTY_MISSING);
        LocalDate demandDeemed = due(f.today(), StatutoryPeriod.PUBLIC_NOTICE_SERVICE);
        assertThat(demandDeemed).isEqualTo("2026-10-28");
        assertThat(x.demand().servedDate()).isEqualTo(demandDeemed);
        LocalDate demandEnd = due(demandDeemed, StatutoryPeriod.DEMAND);
        assertThat(demandEnd).isEqualTo("2026-11-11");
        assertThat(x.demandPeriodEnd()).isEqualTo(demandEnd);
        assertThat(deadline(id, DeadlineKind.DEMAND).due()).isEqualTo(demandEnd);
        assertThat(comment(id, "DEMAND_SERVED")).contains("朝综执催字〔2026〕7号", "公告送达", "视为送达 2026-10-28",
                "催告期至 2026-11-11", PARTY_MISSING).doesNotContain("PUBLIC_NOTICE");

        // Wed 11 Nov: the last day of the litigation window and of the 催告 period — not yet
        today("2026-11-11");
        assertThat(status(id).finalOn()).isNull();
        refused(messages, snapshot(id), "execution.notFinal",
                () -> enforcement.applyToCourt(f.actor("head1"), id, "北京市朝阳区人民法院", "朝综执强申〔2026〕7号", null));

        // Thu 12 Nov: final, the 催告 period has passed — the head applies to the court
        today("2026-11-12");
        assertThat(status(id).finalOn()).isEqualTo(windowsEnd.plusDays(1));
        assertThat(status(id).courtFrom()).isEqualTo("2026-11-12");
        x = enforcement.applyToCourt(f.actor("head1"), id, "北京市朝阳区人民法院", "朝综执强申〔2026〕7号",
                "当事人经公告催告仍未履行");
        assertThat(x.court().actDate()).isEqualTo("2026-11-12");
        assertThat(deadline(id, DeadlineKind.COURT_APPLICATION).open()).isFalse();
        assertThat(comment(id, "COURT_APPLIED")).contains("北京市朝阳区人民法院", "罚款 500.00 元", "加处罚款 500.00 元");

        today("2026-11-16");
        enforcement.courtAccepted(f.actor("officer1"), id, f.today(), "（2026）京0105行审207号");
        today("2026-11-30");
        x = enforcement.courtRuled(f.actor("officer1"), id, f.today(), CourtRuling.ENFORCE, "裁定准予强制执行");
        assertThat(x.settled()).isTrue();
        f.step(id, "officer1", new StepPayload.Execution(null, null, "人民法院已裁定准予强制执行"));
        assertThat(f.step(id, "head1", new StepPayload.ClosingApproval(true, "经法院裁定，同意结案")).stage())
                .isEqualTo(CaseStage.ARCHIVED);

        assertThat(cases.view(f.actor("head1"), id).history().stream().map(StageChange::action).toList())
                .containsSubsequence("NOTICE_SERVED", "STATEMENT_WINDOW_LAPSED", "SERVED", "DEMAND_ISSUED",
                        "DEMAND_SERVED", "COURT_APPLIED", "COURT_ACCEPTED", "COURT_RULED", "CLOSING_APPROVED");
    }
}
