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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 送达 with legal effect (issue #12 item 1, decision 0020): each method's rule refused with its reason and nothing
 * changed, and — on the controlled clock — public notice moving every later window to the deemed service date.
 */
@IntegrationTest
class ServiceWithEffectIT {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String NOT_FOUND_ANYWHERE = "当事人下落不明，经邮寄、电话联系均无法送达";

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired CaseFileService cases;
    @Autowired CaseClockService caseClock;
    @Autowired ServiceOfDocuments service;
    @Autowired StatutoryPeriods periods;
    @Autowired Messages messages;

    private void today(String day) {
        clock.set(LocalDate.parse(day).atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant());
    }

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private Supplier<Object> snapshot(long caseId) {
        return () -> List.of(cases.view(f.actor("head1"), caseId), service.address(f.actor("head1"), caseId));
    }

    private CaseDeadline deadline(long caseId, DeadlineKind kind) {
        return caseClock.deadlines(f.actor("officer1"), caseId).stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow();
    }

    private List<String> actions(long caseId) {
        return cases.view(f.actor("head1"), caseId).history().stream().map(StageChange::action).toList();
    }

    private CaseFile decided() {
        CaseFile c = f.aCaseAtDecision();
        return f.step(c.id(), "head1", f.fineDecision(CaseFiles.FINE));
    }

    @Test
    void mailNeedsThePostalReceiptAndServesOnItsDate() {
        CaseFile c = decided();
        LocalDate receipt = f.today();
        String zh = refused(messages, snapshot(c.id()), "service.mailReceiptRequired",
                () -> f.step(c.id(), "officer1", new StepPayload.Service(receipt, ServiceMethod.MAIL)));
        assertThat(zh).contains("第九十一条");
        CaseFile served = f.step(c.id(), "officer1",
                new StepPayload.Service(receipt, ServiceMethod.MAIL, "EMS1234567890CN", null));
        assertThat(served.servedDate()).isEqualTo(receipt);
        assertThat(served.serviceDeliveredDate()).isEqualTo(receipt);
        assertThat(served.serviceNote()).isEqualTo("EMS1234567890CN");
        assertThat(deadline(c.id(), DeadlineKind.PAYMENT).start()).isEqualTo(receipt);
    }

    @Test
    void electronicServiceOnlyWithConsentAndAddressOnFile() {
        CaseFile c = decided();
        long id = c.id();
        StepPayload electronic = new StepPayload.Service(f.today(), ServiceMethod.ELECTRONIC);
        String zh = refused(messages, snapshot(id), "service.electronicNoConsent",
                () -> f.step(id, "officer1", electronic));
        assertThat(zh).contains("《行政处罚法》第六十一条第二款");
        assertThat(messages.get("service.electronicNoConsent", java.util.Locale.ENGLISH)).contains("Art. 61");

        // consent without an address is refused; only handlers or heads record the confirmation
        refused(messages, snapshot(id), "serviceAddress.electronicAddressRequired",
                () -> service.confirmAddress(f.actor("officer1"), id, new ServiceOfDocuments.AddressInput("测试当事人",
                        "朝阳路1号", true, " ", f.today())));
        refused(messages, snapshot(id), "serviceAddress.handlersOrHeads",
                () -> service.confirmAddress(f.actor("leader1"), id, new ServiceOfDocuments.AddressInput("测试当事人",
                        "朝阳路1号", true, "party@example.cn", f.today())));
        // an address confirmation without consent still does not allow electronic service
        service.confirmAddress(f.actor("officer1"), id,
                new ServiceOfDocuments.AddressInput("测试当事人", "朝阳路1号", false, null, f.today()));
        refused(messages, snapshot(id), "service.electronicNoConsent", () -> f.step(id, "officer1", electronic));

        ServiceAddress a = service.confirmAddress(f.actor("officer1"), id,
                new ServiceOfDocuments.AddressInput("测试当事人", "朝阳路1号", true, "party@example.cn", f.today()));
        assertThat(a.allowsElectronicService()).isTrue();
        CaseFile served = f.step(id, "officer1", electronic);
        assertThat(served.serviceMethod()).isEqualTo(ServiceMethod.ELECTRONIC);
        assertThat(served.servedDate()).isEqualTo(f.today());
        assertThat(served.serviceNote()).isEqualTo("party@example.cn");
        assertThat(actions(id)).containsSubsequence("SERVICE_ADDRESS_CONFIRMED", "SERVICE_ADDRESS_CONFIRMED",
                "SERVED");
    }

    @Test
    void publicNoticeNeedsTheReasonOtherMethodsAreImpossible() {
        CaseFile c = f.aCaseAtNotice();
        String zh = refused(messages, snapshot(c.id()), "service.publicNoticeReasonRequired",
                () -> f.step(c.id(), "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.PUBLIC_NOTICE,
                        null, null, null, "  ")));
        assertThat(zh).contains("第九十五条");
    }

    /**
     * Public notice of the advance notice → deemed served 30 days later → the statement window runs from there (no
     * "deemed waiver" before) → decision → public notice of the decision → the payment window and the surcharge run
     * from its deemed date.
     */
    @Test
    void publicNoticeMovesEveryLaterWindowToTheDeemedServiceDate() {
        today("2026-03-02");
        CaseFile c = f.aCaseAtNotice();
        long id = c.id();
        CaseFile noticed = f.step(id, "officer1", new StepPayload.AdvanceNotice(f.today(),
                ServiceMethod.PUBLIC_NOTICE, null, null, null, NOT_FOUND_ANYWHERE));
        // 2 Mar + 30 days = Wed 1 Apr 2026
        assertThat(noticed.noticeDeliveredDate()).isEqualTo("2026-03-02");
        assertThat(noticed.noticeServedDate()).isEqualTo("2026-04-01");
        assertThat(noticed.noticeServiceNote()).isEqualTo(NOT_FOUND_ANYWHERE);
        CaseDeadline statement = deadline(id, DeadlineKind.STATEMENT);
        assertThat(statement.start()).isEqualTo("2026-04-01");
        // 5 working days from 1 Apr over 清明 (4–6 Apr): 2, 3, 7, 8, 9 Apr
        assertThat(statement.due()).isEqualTo("2026-04-09")
                .isEqualTo(periods.dueFrom(LocalDate.parse("2026-04-01"), StatutoryPeriod.STATEMENT_DEFENCE).date());

        // three weeks after publication the party is not yet served: silence is no waiver
        today("2026-03-23");
        String zh = refused(messages, snapshot(id), "statement.windowOpen",
                () -> f.step(id, "officer1", new StepPayload.StatementDefence(false, null, null)));
        assertThat(zh).contains("2026-04-09");
        today("2026-04-09");
        refused(messages, snapshot(id), "statement.windowOpen",
                () -> f.step(id, "officer1", new StepPayload.StatementDefence(false, null, null)));
        today("2026-04-10");
        f.step(id, "officer1", new StepPayload.StatementDefence(false, null, null));
        assertThat(actions(id)).contains("STATEMENT_WINDOW_LAPSED");

        f.step(id, "head1", f.fineDecision(CaseFiles.FINE));
        CaseFile served = f.step(id, "officer1", new StepPayload.Service(f.today(), ServiceMethod.PUBLIC_NOTICE,
                null, NOT_FOUND_ANYWHERE));
        // 10 Apr + 30 days = Sun 10 May → Mon 11 May 2026 (end-day shift)
        assertThat(served.serviceDeliveredDate()).isEqualTo("2026-04-10");
        assertThat(served.servedDate()).isEqualTo("2026-05-11");
        CaseDeadline payment = deadline(id, DeadlineKind.PAYMENT);
        assertThat(payment.start()).isEqualTo("2026-05-11");
        assertThat(payment.due()).isEqualTo("2026-05-26");
        f.recorded(id, "SERVED", "serviceDeliveredDate", "公告送达", "视为送达 2026-05-11", NOT_FOUND_ANYWHERE);

        // 15 days after publication no surcharge: the party is not even deemed served yet
        today("2026-04-30");
        assertThat(caseClock.surcharge(f.actor("officer1"), id)).isEmpty();
        today("2026-05-26");
        assertThat(caseClock.surcharge(f.actor("officer1"), id)).isEmpty();
        today("2026-05-27");
        assertThat(caseClock.surcharge(f.actor("officer1"), id)).hasValueSatisfying(s -> {
            assertThat(s.days()).isEqualTo(1);
            assertThat(s.amount()).isEqualByComparingTo("15.00");
        });
    }
}
