package cn.zhifa.casefile;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.organization.Actor;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 移送 as its own path (issue #12 item 6, decision 0028) on the controlled clock: the report by two handlers, the
 * principal head's decision within 3 days (or late, flagged), the handover within 24 hours (or late, flagged), the
 * police's acceptance ending the case or its return resuming it at investigation; the jurisdiction transfer. Every
 * refusal gives its reason and changes nothing (case, transfers, record, documents, deadlines, clock, engine).
 */
@IntegrationTest
class TransferIT {

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired TransferService transfers;
    @Autowired CaseFileService cases;
    @Autowired CaseClockService caseClock;
    @Autowired RuntimeService runtime;
    @Autowired TaskService engineTasks;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;

    private void at(String isoDateTime) {
        clock.setWithEngine(LocalDateTime.parse(isoDateTime));
    }

    @AfterEach
    void realTime() {
        clock.resetWithEngine();
    }

    private Supplier<Object> snapshot(long caseId) {
        return () -> List.of(
                jdbc.queryForList("SELECT stage, decided_date FROM case_file WHERE id = ?", caseId),
                jdbc.queryForList("SELECT * FROM case_transfer WHERE case_id = ? ORDER BY id", caseId),
                jdbc.queryForList("SELECT * FROM case_record WHERE case_id = ? ORDER BY id", caseId),
                jdbc.queryForList("SELECT * FROM case_document WHERE case_id = ? ORDER BY id", caseId),
                jdbc.queryForList("SELECT * FROM case_deadline WHERE case_id = ? ORDER BY kind", caseId),
                jdbc.queryForList("SELECT * FROM case_clock_event WHERE case_id = ? ORDER BY id", caseId),
                openTaskKeys(caseId));
    }

    private List<String> openTaskKeys(long caseId) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(caseId)).list().stream()
                .map(t -> t.getTaskDefinitionKey()).sorted().toList();
    }

    private CaseDeadline deadline(long caseId, DeadlineKind kind) {
        return caseClock.deadlines(f.actor("officer1"), caseId).stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no deadline " + kind));
    }

    private List<String> actions(long caseId) {
        return cases.view(f.actor("head1"), caseId).history().stream().map(StageChange::action).toList();
    }

    private long id(String user) {
        return f.actor(user).userId();
    }

    private TransferService.Report report() {
        return new TransferService.Report(List.of(id("officer1"), id("officer2")), "当事人非法经营数额巨大",
                "非法经营罪", "账册3本、现金5万元");
    }

    private TransferService.Handover handover(String when) {
        return new TransferService.Handover("某区公安分局", LocalDateTime.parse(when), "某城管移〔2027〕1号",
                "账册3本、现金5万元");
    }

    @Test
    void reportDecisionAndHandoverOnTimeThenThePoliceAcceptAndTheCaseEnds() {
        at("2027-03-01T09:00:00");
        long id = f.aFiledCase().id();
        Actor officer1 = f.actor("officer1");

        // the report: two handlers named, facts, suspected crime and items — each rule refused with nothing changed
        refused(messages, snapshot(id), "transfer.twoOfficers", () -> transfers.report(officer1, id,
                new TransferService.Report(List.of(id("officer1")), "事实", "非法经营罪", "账册")));
        refused(messages, snapshot(id), "transfer.twoOfficers", () -> transfers.report(officer1, id,
                new TransferService.Report(List.of(id("officer1"), id("officer1")), "事实", "非法经营罪", "账册")));
        refused(messages, snapshot(id), "transfer.officerNotHandler", () -> transfers.report(officer1, id,
                new TransferService.Report(List.of(id("officer1"), id("officer3")), "事实", "非法经营罪", "账册")));
        refused(messages, snapshot(id), "transfer.incomplete", () -> transfers.report(officer1, id,
                new TransferService.Report(List.of(id("officer1"), id("officer2")), "事实", " ", "账册")));
        refused(messages, snapshot(id), "transfer.handlersOnly",
                () -> transfers.report(f.actor("officer3"), id, report()));

        CaseTransfer t = transfers.report(officer1, id, report());
        assertThat(t.decisionDue()).isEqualTo(LocalDate.parse("2027-03-04"));
        CaseDeadline d = deadline(id, DeadlineKind.TRANSFER_DECISION);
        assertThat(d.due()).isEqualTo(LocalDate.parse("2027-03-04"));
        assertThat(d.open()).isTrue();
        refused(messages, snapshot(id), "transfer.underWay", () -> transfers.report(officer1, id, report()));
        // no step of the procedure while the transfer is under way (no advance notice, no decision)
        refused(messages, snapshot(id), "transfer.stepsHeld", () -> f.step(id, "officer1",
                new StepPayload.Investigate("事实清楚", List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD",
                        "现场检查笔录")))));
        // handing over before the approval
        refused(messages, snapshot(id), "transfer.notApproved",
                () -> transfers.handOver(officer1, t.id(), handover("2027-03-01T09:00:00")));

        // the decision: the principal head, not another head
        refused(messages, snapshot(id), "permission.denied",
                () -> transfers.decide(f.actor("head1"), t.id(), true, "同意移送"));
        at("2027-03-03T10:00:00");
        CaseTransfer approved = transfers.decide(f.actor("principal"), t.id(), true, "同意移送公安机关");
        assertThat(approved.decidedLate()).isFalse();
        assertThat(approved.handoverDue()).isEqualTo(LocalDateTime.parse("2027-03-04T10:00:00"));
        refused(messages, snapshot(id), "transfer.notAwaitingDecision",
                () -> transfers.decide(f.actor("principal"), t.id(), false, "不同意"));
        assertThat(deadline(id, DeadlineKind.TRANSFER_DECISION).open()).isFalse();
        assertThat(deadline(id, DeadlineKind.TRANSFER_HANDOVER).due()).isEqualTo(LocalDate.parse("2027-03-04"));
        assertThat(deadline(id, DeadlineKind.TRANSFER_HANDOVER).open()).isTrue();

        // the handover within 24 hours, with the letter and the list
        at("2027-03-04T09:00:00");
        refused(messages, snapshot(id), "transfer.handoverIncomplete", () -> transfers.handOver(officer1, t.id(),
                new TransferService.Handover("某区公安分局", LocalDateTime.parse("2027-03-04T08:30:00"), " ", "账册")));
        refused(messages, snapshot(id), "transfer.badHandoverTime",
                () -> transfers.handOver(officer1, t.id(), handover("2027-03-04T09:30:00")));
        refused(messages, snapshot(id), "transfer.notHandedOver", () -> transfers.receipt(officer1, t.id(),
                TransferReceipt.ACCEPTED, LocalDate.parse("2027-03-04"), "立案"));
        CaseTransfer handed = transfers.handOver(officer1, t.id(), handover("2027-03-04T08:30:00"));
        assertThat(handed.handoverLate()).isFalse();
        assertThat(deadline(id, DeadlineKind.TRANSFER_HANDOVER).open()).isFalse();
        refused(messages, snapshot(id), "transfer.badReceiptDate", () -> transfers.receipt(officer1, t.id(),
                TransferReceipt.ACCEPTED, LocalDate.parse("2027-03-05"), "立案"));

        // the police accept: the administrative case ends, lawfully, in the engine too
        at("2027-03-08T09:00:00");
        transfers.receipt(officer1, t.id(), TransferReceipt.ACCEPTED, LocalDate.parse("2027-03-08"),
                "公安机关决定立案侦查");
        assertThat(cases.view(f.actor("head1"), id).caseFile().stage()).isEqualTo(CaseStage.TRANSFERRED);
        assertThat(openTaskKeys(id)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id)).count())
                .isZero();
        assertThat(deadline(id, DeadlineKind.DECISION).open()).isFalse();
        assertThat(actions(id)).contains("TRANSFER_REPORTED", "TRANSFER_APPROVED", "TRANSFER_HANDED_OVER",
                "TRANSFER_ACCEPTED");
        assertThat(jdbc.queryForList("SELECT doc_type FROM case_document WHERE case_id = ?", String.class, id))
                .contains("TRANSFER_REPORT", "TRANSFER_APPROVAL", "TRANSFER_LETTER");
        refused(messages, snapshot(id), "case.readOnly",
                () -> transfers.transferJurisdiction(f.actor("head1"), id, "某区市场监管局", "不属本机关管辖"));
    }

    @Test
    void lateDecisionAndLateHandoverAreRecordedAsLateAndAReturnedCaseResumesAtInvestigation() {
        at("2027-03-01T09:00:00");
        long id = f.aReportedCase(false, false).id();
        assertThat(openTaskKeys(id)).containsExactly("Task_CaseReview");
        CaseTransfer t = transfers.report(f.actor("officer1"), id, report());

        at("2027-03-05T10:00:00");
        assertThat(deadline(id, DeadlineKind.TRANSFER_DECISION).light()).isEqualTo(cn.zhifa.calendar.DeadlineLight.RED);
        // the row the supervision view and the inbox countdown read
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_deadline WHERE case_id = ? AND kind = "
                + "'TRANSFER_DECISION' AND open = TRUE AND due_date = ?", Integer.class, id,
                java.sql.Date.valueOf("2027-03-04"))).isEqualTo(1);
        CaseTransfer approved = transfers.decide(f.actor("principal"), t.id(), true, "同意移送");
        assertThat(approved.decidedLate()).isTrue();

        at("2027-03-08T11:00:00");
        CaseTransfer handed = transfers.handOver(f.actor("officer2"), t.id(), handover("2027-03-08T10:30:00"));
        assertThat(handed.handoverLate()).isTrue();
        assertThat(cases.view(f.actor("head1"), id).history().stream()
                .filter(h -> h.action().equals("TRANSFER_HANDED_OVER")).findFirst().orElseThrow().text())
                .contains("逾期移送");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_clock_event WHERE case_id = ? AND kind = "
                + "'PAUSE_SUSPENSION' AND end_date IS NULL", Integer.class, id)).isEqualTo(1);

        // 行刑反向衔接: the police return the case; the pause ends and the case resumes at investigation
        at("2027-03-22T09:00:00");
        transfers.receipt(f.actor("officer1"), t.id(), TransferReceipt.RETURNED, LocalDate.parse("2027-03-22"),
                "不构成犯罪，退回依法作出行政处理");
        assertThat(cases.view(f.actor("head1"), id).caseFile().stage()).isEqualTo(CaseStage.INVESTIGATION);
        assertThat(openTaskKeys(id)).containsExactly("Task_Investigate");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_clock_event WHERE case_id = ? AND kind = "
                + "'PAUSE_SUSPENSION' AND start_date = ? AND end_date = ?", Integer.class, id,
                java.sql.Date.valueOf("2027-03-08"), java.sql.Date.valueOf("2027-03-22"))).isEqualTo(1);
        assertThat(actions(id)).contains("TRANSFER_RETURNED");
        // the procedure goes on: the investigation step completes again
        f.step(id, "officer1", new StepPayload.Investigate("补充调查后事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        assertThat(openTaskKeys(id)).containsExactly("Task_InvestigationReport");
    }

    @Test
    void aRejectedTransferLeavesTheCaseWhereItWasAndJurisdictionTransferEndsIt() {
        at("2027-03-01T09:00:00");
        long id = f.aFiledCase().id();
        CaseTransfer t = transfers.report(f.actor("officer1"), id, report());
        CaseTransfer rejected = transfers.decide(f.actor("principal"), t.id(), false, "证据不足以认定涉嫌犯罪");
        assertThat(rejected.isOpen()).isFalse();
        assertThat(openTaskKeys(id)).containsExactly("Task_Investigate");
        assertThat(actions(id)).contains("TRANSFER_REJECTED");

        refused(messages, snapshot(id), "permission.denied",
                () -> transfers.transferJurisdiction(f.actor("officer1"), id, "某区市场监管局", "不属本机关管辖"));
        transfers.transferJurisdiction(f.actor("head1"), id, "某区市场监管局", "违法行为属市场监管部门管辖");
        assertThat(cases.view(f.actor("head1"), id).caseFile().stage()).isEqualTo(CaseStage.TRANSFERRED);
        assertThat(openTaskKeys(id)).isEmpty();
        assertThat(actions(id)).contains("TRANSFER_JURISDICTION");
    }
}
