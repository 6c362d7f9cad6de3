package cn.zhifa.casefile;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.publication.Publication;
import cn.zhifa.publication.PublicationService;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 撤销并责令重新作出 on the controlled clock (issue #12 item 4, decision record 0029): decision → reconsideration filed →
 * revoked with an order to decide anew → the same case back at 调查取证 with the new decision's period on its deadlines →
 * the facts, the notice and the statement again → a new decision under a new number → service → payment (what was
 * paid under the revoked decision counts) → closing; an archived case gets a new procedure instance; and every
 * refusal changes nothing.
 */
@IntegrationTest
class RemedyRedoIT {

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired ExecutionService execution;
    @Autowired RemedyService remedies;
    @Autowired RemedyRedoService redo;
    @Autowired CaseFileService cases;
    @Autowired CaseClockService caseClock;
    @Autowired PublicationService publications;
    @Autowired Messages messages;
    @Autowired cn.zhifa.tasks.InboxService inbox;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;
    @Autowired com.fasterxml.jackson.databind.ObjectMapper json;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private Supplier<Object> snapshot(long caseId) {
        return () -> List.of(cases.view(f.actor("head1"), caseId), execution.status(f.actor("head1"), caseId),
                caseClock.deadlines(f.actor("head1"), caseId), remedies.ofCase(f.actor("head1"), caseId),
                publications.ofCase(f.actor("head1"), caseId).map(Publication::status));
    }

    private CaseDeadline deadline(long caseId, DeadlineKind kind) {
        return caseClock.deadlines(f.actor("officer1"), caseId).stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow();
    }

    private List<String> decisionNumbers(long caseId) {
        return cases.view(f.actor("head1"), caseId).documents().stream().filter(d -> "DECISION".equals(d.docType()))
                .map(CaseDocument::docNo).toList();
    }

    /** From 调查取证 to the new decision: facts again, report, case review, notice, statement, the head decides. */
    private CaseFile decideAnew(long id, BigDecimal fine) {
        f.step(id, "officer1", new StepPayload.Investigate("重新调查：当事人占道经营，补充询问笔录",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "补充询问笔录"))));
        f.step(id, "officer1", f.tiered(id, new StepPayload.InvestigationReport(OutcomeType.FINE, fine, null, "责令立即改正",
                "补充调查后认定", false, null, false)));
        f.step(id, "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        // the notice is served anew: the revoked decision's notice does not carry the new proposal
        assertThat(f.openTask(id).taskKey()).isEqualTo(OrdinaryProcedure.TASK_ADVANCE_NOTICE);
        f.step(id, "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT));
        f.step(id, "officer1", new StepPayload.StatementDefence(true, null, null));
        return f.step(id, "head1", f.fineDecision(fine));
    }

    @Test
    void revokedWithAnOrderToDecideAnewTheSameCaseDecidesAgain() {
        clock.setMorningOf("2026-03-02");
        long id = f.aCaseAtExecution().id(); // fine 500, served today
        String revokedNo = decisionNumbers(id).get(0);
        clock.setMorningOf("2026-03-10");
        execution.pay(f.actor("officer1"), id, new ExecutionService.PaymentInput("R-RD1", new BigDecimal("100"),
                BigDecimal.ZERO, f.today()));
        clock.setMorningOf("2026-03-27");
        Remedy r = remedies.file(f.actor("officer1"), id, RemedyKind.RECONSIDERATION, f.today(), "区人民政府",
                "当事人对罚款决定不服");
        // no order to decide anew while the reconsideration is open
        refused(messages, snapshot(id), "remedy.redoNotRevoked",
                () -> redo.orderRedo(f.actor("head1"), id, r.id(), f.today(), 30));

        clock.setMorningOf("2026-04-20");
        remedies.conclude(f.actor("head1"), id, r.id(), f.today(), RemedyOutcome.REVOKED,
                "主要事实不清、证据不足，撤销原处罚决定，责令三十日内重新作出。");
        // refusals: not a head (the permission matrix), a day before the reconsideration decision, a bad period
        refused(messages, snapshot(id), "permission.denied",
                () -> redo.orderRedo(f.actor("officer1"), id, r.id(), f.today(), 30));
        refused(messages, snapshot(id), "remedy.badRedoReceivedOn",
                () -> redo.orderRedo(f.actor("head1"), id, r.id(), f.today().minusDays(1), 30));
        refused(messages, snapshot(id), "remedy.badRedoDays",
                () -> redo.orderRedo(f.actor("head1"), id, r.id(), f.today(), 0));

        // received Wed 22 Apr, 30 days set by the body → Fri 22 May
        clock.setMorningOf("2026-04-22");
        CaseFile reopened = redo.orderRedo(f.actor("head1"), id, r.id(), f.today(), 30);
        assertThat(reopened.stage()).isEqualTo(CaseStage.INVESTIGATION);
        assertThat(reopened.decidedDate()).isNull();
        assertThat(reopened.noticeServedDate()).isNull();
        assertThat(f.openTask(id).taskKey()).isEqualTo(OrdinaryProcedure.TASK_INVESTIGATE);
        CaseDeadline due = deadline(id, DeadlineKind.REDECISION);
        assertThat(due.due()).isEqualTo("2026-05-22");
        assertThat(due.open()).isTrue();
        assertThat(deadline(id, DeadlineKind.DECISION).open()).isFalse();
        assertThat(execution.status(f.actor("officer1"), id)).isEmpty();
        assertThat(f.recorded(id, "REMEDY_REDO_ORDERED", "toStage", revokedNo, "2026-05-22").text())
                .contains("责令重新作出");
        // the revoked decision stays on the file; no second order on the same remedy
        assertThat(decisionNumbers(id)).containsExactly(revokedNo);
        assertThat(remedies.ofCase(f.actor("officer1"), id)).singleElement()
                .satisfies(x -> assertThat(x.redoReceivedOn()).isEqualTo("2026-04-22"));
        refused(messages, snapshot(id), "remedy.redoAlreadyOrdered",
                () -> redo.orderRedo(f.actor("head1"), id, r.id(), f.today(), 30));
        // while the new decision is being made nothing can be filed against a decision that is no longer there
        refused(messages, snapshot(id), "remedy.notDecided", () -> remedies.file(f.actor("officer1"), id,
                RemedyKind.LITIGATION, f.today(), "区人民法院", null));

        clock.setMorningOf("2026-05-06");
        CaseFile decided = decideAnew(id, new BigDecimal("300"));
        assertThat(decided.stage()).isEqualTo(CaseStage.SERVICE);
        assertThat(decided.decidedDate()).isEqualTo("2026-05-06");
        assertThat(deadline(id, DeadlineKind.REDECISION).open()).isFalse();
        List<String> numbers = decisionNumbers(id);
        assertThat(numbers).hasSize(2).doesNotHaveDuplicates().startsWith(revokedNo);
        // the new decision is drafted for publication under its own number
        assertThat(publications.ofCase(f.actor("head1"), id)).get()
                .satisfies(p -> assertThat(p.docNo()).isEqualTo(numbers.get(1)));

        // served Thu 7 May: 15 days → Fri 22 May; the 100 paid under the revoked decision counts against the 300
        clock.setMorningOf("2026-05-07");
        f.step(id, "officer1", new StepPayload.Service(f.today(), ServiceMethod.DIRECT));
        ExecutionStatus x = execution.status(f.actor("officer1"), id).orElseThrow();
        assertThat(x.annulledBy()).isNull();
        assertThat(x.fine()).isEqualByComparingTo("300");
        assertThat(x.paymentDue()).isEqualTo("2026-05-22");
        assertThat(x.fineOutstanding()).isEqualByComparingTo("200");
        assertThat(x.surcharge().amount()).isEqualByComparingTo("0");
        assertThat(deadline(id, DeadlineKind.PAYMENT).open()).isTrue();

        // two days late: 3 % of 300 a day
        clock.setMorningOf("2026-05-24");
        x = execution.status(f.actor("officer1"), id).orElseThrow();
        assertThat(x.surcharge().days()).isEqualTo(2);
        assertThat(x.surcharge().amount()).isEqualByComparingTo("18");
        x = execution.pay(f.actor("officer1"), id, new ExecutionService.PaymentInput("R-RD2", new BigDecimal("200"),
                new BigDecimal("18"), f.today()));
        assertThat(x.settled()).isTrue();
        f.step(id, "officer1", new StepPayload.Execution(null, null, "重新作出的决定已履行"));
        CaseFile closed = f.step(id, "head1", new StepPayload.ClosingApproval(true, "重新作出的决定已履行，同意结案"));
        assertThat(closed.stage()).isEqualTo(CaseStage.ARCHIVED);
        assertThat(cases.view(f.actor("head1"), id).history()).extracting(StageChange::action).containsSubsequence(
                "DECIDED", "REMEDY_FILED", "REMEDY_CONCLUDED", "REMEDY_REDO_ORDERED", "DECIDED", "PAYMENT_RECEIVED",
                "CLOSING_APPROVED");
    }

    @Test
    void anArchivedCaseGetsANewProcedureStartedAtInvestigation() {
        clock.setMorningOf("2026-03-02");
        long id = f.anArchivedCase().id();
        Remedy r = remedies.file(f.actor("officer1"), id, RemedyKind.LITIGATION, f.today(), "区人民法院", null);
        clock.setMorningOf("2026-04-01");
        remedies.conclude(f.actor("head1"), id, r.id(), f.today(), RemedyOutcome.REVOKED,
                "违反法定程序，判决撤销并责令重新作出。");
        assertThat(inbox.openTasksOfCase(id)).isEmpty();

        // no period in the judgment: the 90 days of Art. 60 run anew from receipt (Thu 2 Apr → Wed 1 Jul)
        clock.setMorningOf("2026-04-02");
        CaseFile reopened = redo.orderRedo(f.actor("principal"), id, r.id(), f.today(), null);
        assertThat(reopened.stage()).isEqualTo(CaseStage.INVESTIGATION);
        assertThat(reopened.archivedAt()).isNull();
        assertThat(reopened.closedDate()).isNull();
        assertThat(f.openTask(id).taskKey()).isEqualTo(OrdinaryProcedure.TASK_INVESTIGATE);
        assertThat(deadline(id, DeadlineKind.REDECISION).due()).isEqualTo("2026-07-01");

        clock.setMorningOf("2026-04-08");
        CaseFile decided = decideAnew(id, new BigDecimal("200"));
        assertThat(decided.stage()).isEqualTo(CaseStage.SERVICE);
        assertThat(decisionNumbers(id)).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void onlyARevokingRemedyAgainstTheCurrentDecisionOrdersANewOne() {
        clock.setMorningOf("2026-03-02");
        long id = f.aCaseAtExecution().id();
        Remedy r = remedies.file(f.actor("officer1"), id, RemedyKind.RECONSIDERATION, f.today(), "区人民政府", null);
        clock.setMorningOf("2026-03-20");
        remedies.conclude(f.actor("head1"), id, r.id(), f.today(), RemedyOutcome.UPHELD, null);
        String zh = refused(messages, snapshot(id), "remedy.redoNotRevoked",
                () -> redo.orderRedo(f.actor("head1"), id, r.id(), f.today(), 30));
        assertThat(zh).contains("撤销");
        refused(messages, snapshot(id), "remedy.notFound",
                () -> redo.orderRedo(f.actor("head1"), id, r.id() + 100_000, f.today(), 30));
        // a suit revokes it; the period must be sensible and the day received given
        Remedy suit = remedies.file(f.actor("officer1"), id, RemedyKind.LITIGATION, f.today(), "区人民法院", null);
        clock.setMorningOf("2026-04-20");
        remedies.conclude(f.actor("head1"), id, suit.id(), f.today(), RemedyOutcome.REVOKED, "判决撤销。");
        refused(messages, snapshot(id), "remedy.badRedoDays",
                () -> redo.orderRedo(f.actor("head1"), id, suit.id(), f.today(), 400));
        refused(messages, snapshot(id), "field.required",
                () -> redo.orderRedo(f.actor("head1"), id, suit.id(), null, 30));
        // an appeal's judgment revokes it again and orders a new decision: the earlier revocation no longer is the
        // one against the case's current decision
        Remedy appeal = remedies.file(f.actor("officer1"), id, RemedyKind.LITIGATION, f.today(), "市中级人民法院", null);
        clock.setMorningOf("2026-05-11");
        remedies.conclude(f.actor("head1"), id, appeal.id(), f.today(), RemedyOutcome.REVOKED, "二审判决撤销并责令重新作出。");
        redo.orderRedo(f.actor("head1"), id, appeal.id(), f.today(), 30);
        refused(messages, snapshot(id), "remedy.redoNotCurrent",
                () -> redo.orderRedo(f.actor("head1"), id, suit.id(), f.today(), 30));
    }

    private org.springframework.http.ResponseEntity<String> post(String user, String path, Object body) {
        org.springframework.http.HttpHeaders h = new org.springframework.http.HttpHeaders();
        h.setBasicAuth(user, cn.zhifa.demo.DemoData.PASSWORD);
        h.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return rest.exchange(path, org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(body, h), String.class);
    }

    @Test
    void theOrderIsRecordedThroughTheApiByAHead() throws Exception {
        long id = f.aCaseAtExecution().id();
        Remedy r = remedies.file(f.actor("officer1"), id, RemedyKind.RECONSIDERATION, f.today(), "区人民政府", null);
        remedies.conclude(f.actor("head1"), id, r.id(), f.today(), RemedyOutcome.REVOKED, "撤销并责令重新作出。");
        String path = "/api/cases/" + id + "/remedies/" + r.id() + "/redo";
        var officer = post("officer1", path, java.util.Map.of("receivedOn", f.today().toString(), "days", 30));
        assertThat(officer.getStatusCode()).as(officer.getBody()).isEqualTo(org.springframework.http.HttpStatus.FORBIDDEN);
        var head = post("head1", path, java.util.Map.of("receivedOn", f.today().toString()));
        assertThat(head.getStatusCode().is2xxSuccessful()).as(head.getBody()).isTrue();
        assertThat(json.readTree(head.getBody()).path("stage").asText()).isEqualTo("INVESTIGATION");
        var twice = post("head1", path, java.util.Map.of("receivedOn", f.today().toString()));
        assertThat(json.readTree(twice.getBody()).path("code").asText()).isEqualTo("remedy.redoAlreadyOrdered");
    }
}
