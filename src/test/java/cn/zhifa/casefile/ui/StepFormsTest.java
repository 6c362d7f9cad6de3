package cn.zhifa.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.casefile.StepPayload.DocumentInput;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.shared.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The step forms build the payload their task expects, leaving out what a choice hides. */
class StepFormsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final ViolationItem ROAD = new ViolationItem(11, "CG-001", "擅自占用城市道路", "a", "b", true);
    static final UserAccount WANG = officer(1, "王强");
    static final UserAccount LI = officer(2, "李娜");
    static final UserAccount ZHANG = officer(3, "张伟");

    @Test
    void everyTaskHasAFormBuildingItsPayloadType() {
        var steps = cn.zhifa.procedure.ProcedureSteps.declarations();
        assertThat(steps).hasSize(OrdinaryProcedure.userTaskIds().size());
        assertThat(StepForms.payloadTypes()).containsAll(steps.stream().map(s -> s.payloadType()).toList());
        for (var s : steps) {
            StepForm<?> form = StepForms.forPayload(s.payloadType(), context(aCase())).orElseThrow();
            assertThat(form.payload()).as(s.taskKey()).isInstanceOf(s.payloadType());
        }
        assertThat(StepForms.forPayload(null, context(aCase()))).isEmpty();
    }

    @Test
    void verifyLeadSendsHandlersInPickingOrderFirstIsLead() {
        VerifyLeadForm form = new VerifyLeadForm(context(aCase()));
        form.item.setValue(ROAD);
        form.handlers.setValue(Set.of(LI));
        form.handlers.setValue(Set.of(LI, WANG, ZHANG));
        form.handlers.setValue(Set.of(LI, WANG));
        form.opinion.setValue("  核查属实，建议立案。 ");
        StepPayload.VerifyLead p = form.payload();
        assertThat(p.recommendFiling()).isTrue();
        assertThat(p.itemId()).isEqualTo(ROAD.id());
        assertThat(p.handlerIds()).containsExactly(LI.id(), WANG.id());
        assertThat(p.opinion()).isEqualTo("核查属实，建议立案。");
        assertThat(p.actDate()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void verifyLeadNotToFileLeavesOutItemDateAndHandlers() {
        VerifyLeadForm form = new VerifyLeadForm(context(aCase()));
        form.item.setValue(ROAD);
        form.handlers.setValue(Set.of(LI, WANG));
        form.recommend.setValue(false);
        form.opinion.setValue("不属于本机关管辖");
        assertThat(form.payload()).isEqualTo(new StepPayload.VerifyLead(false, null, null, List.of(),
                "不属于本机关管辖"));
        assertThat(form.handlers.isVisible()).isFalse();
    }

    @Test
    void investigateDropsEmptyRowsAndNamesUntitledRecordsByType() {
        InvestigateForm form = new InvestigateForm(context(aCase()));
        form.facts.setValue("当事人占道经营");
        form.rows.get(0).type.setValue("INVESTIGATION_RECORD");
        InvestigateForm.DocumentRow second = form.addRow();
        second.type.setValue("INTERVIEW_RECORD");
        second.title.setValue("对刘某某的询问笔录");
        form.addRow();
        StepPayload.Investigate p = form.payload();
        assertThat(p.facts()).isEqualTo("当事人占道经营");
        assertThat(p.documents()).containsExactly(new DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"),
                new DocumentInput("INTERVIEW_RECORD", "对刘某某的询问笔录"));
    }

    @Test
    void reportSendsAmountsOnlyWithTheOutcomeThatTakesThem() {
        InvestigationReportForm form = new InvestigationReportForm(context(aCase()));
        form.outcome.outcome.setValue(OutcomeType.FINE);
        form.outcome.fine.setValue(new BigDecimal("500.00"));
        form.outcome.confiscation.setValue(new BigDecimal("20"));
        form.outcome.correctionOrder.setValue("责令改正");
        form.majorReason.setValue("typed, then unticked");
        StepPayload.InvestigationReport fine = form.payload();
        assertThat(fine.fine()).isEqualByComparingTo("500");
        assertThat(fine.confiscation()).isEqualByComparingTo("20");
        assertThat(fine.major()).isFalse();
        assertThat(fine.majorReason()).isNull();

        form.outcome.outcome.setValue(OutcomeType.WARNING);
        form.major.setValue(true);
        form.majorReason.setValue("涉及重大公共利益");
        StepPayload.InvestigationReport warning = form.payload();
        assertThat(warning.fine()).isNull();
        assertThat(warning.confiscation()).isNull();
        assertThat(warning.correctionOrder()).isEqualTo("责令改正");
        assertThat(warning.majorReason()).isEqualTo("涉及重大公共利益");

        form.outcome.outcome.setValue(OutcomeType.CONFISCATION);
        assertThat(form.payload().fine()).isNull();
        assertThat(form.payload().confiscation()).isEqualByComparingTo("20");
    }

    @Test
    void decisionStartsFromTheProposal() {
        DecisionForm form = new DecisionForm(context(aCase()));
        StepPayload.Decision p = form.payload();
        assertThat(p.outcome()).isEqualTo(OutcomeType.FINE);
        assertThat(p.fine()).isEqualByComparingTo("300");
        assertThat(p.correctionOrder()).isEqualTo("责令立即改正");
        assertThat(p.decidedDate()).isEqualTo(TODAY);
        assertThat(p.approvalOpinion()).as("no opinion typed").isNull();
        form.opinion.setValue("  同意，按一般情形处罚。 ");
        assertThat(form.payload().approvalOpinion()).isEqualTo("同意，按一般情形处罚。");
    }

    @Test
    void reviewFlagsOnlyGoWithApproval() {
        CaseReviewForm form = new CaseReviewForm(context(aCase()));
        form.markMajor.setValue(true);
        form.markDeliberation.setValue(true);
        assertThat(form.payload()).isEqualTo(new StepPayload.CaseReview(true, true, true, null));
        form.approve.setValue(false);
        form.opinion.setValue("证据不足");
        assertThat(form.payload()).isEqualTo(new StepPayload.CaseReview(false, false, false, "证据不足"));
    }

    @Test
    void waivedStatementHasNoReviewOpinion() {
        StatementDefenceForm form = new StatementDefenceForm(context(aCase()));
        form.statement.setValue("无异议");
        form.reviewOpinion.setValue("维持");
        assertThat(form.payload()).isEqualTo(new StepPayload.StatementDefence(false, "无异议", "维持"));
        form.waived.setValue(true);
        assertThat(form.payload()).isEqualTo(new StepPayload.StatementDefence(true, "无异议", null));
    }

    @Test
    void executionWithoutPaymentSendsOnlyTheNote() {
        ExecutionForm form = new ExecutionForm(context(aCase()));
        assertThat(form.payload().paidAmount()).isEqualByComparingTo("300");
        assertThat(form.payload().paidDate()).isEqualTo(TODAY);
        form.paid.setValue(false);
        form.note.setValue("当事人已自行改正");
        assertThat(form.payload()).isEqualTo(new StepPayload.Execution(null, null, "当事人已自行改正"));
    }

    @Test
    void noPenaltySendsTheEducationRecordOtherOutcomesDoNot() {
        DecisionForm form = new DecisionForm(context(aCase()));
        form.education.setValue("当场批评教育");
        assertThat(form.education.isVisible()).isFalse();
        assertThat(form.payload().educationRecord()).isNull();
        form.outcome.outcome.setValue(OutcomeType.NO_PENALTY);
        assertThat(form.education.isVisible()).isTrue();
        assertThat(form.payload().educationRecord()).isEqualTo("当场批评教育");
    }

    @Test
    void serviceFieldsFollowTheMethod() {
        ServiceForm form = new ServiceForm(context(aCase()));
        form.service.method.setValue(ServiceMethod.MAIL);
        form.service.reference.setValue(" EMS1234567890CN ");
        form.service.reason.setValue("不应发送");
        assertThat(form.service.reference.isVisible()).isTrue();
        assertThat(form.service.reason.isVisible()).isFalse();
        assertThat(form.payload()).isEqualTo(new StepPayload.Service(TODAY, ServiceMethod.MAIL, "EMS1234567890CN",
                null));
        form.service.method.setValue(ServiceMethod.PUBLIC_NOTICE);
        assertThat(form.service.reason.isVisible()).isTrue();
        assertThat(form.payload()).isEqualTo(new StepPayload.Service(TODAY, ServiceMethod.PUBLIC_NOTICE, null,
                "不应发送"));
        assertThat(form.servedDate.getLabel()).isEqualTo(form.getTranslation("ui.service.date.PUBLIC_NOTICE"));
    }

    @Test
    void noticeAndServiceDefaultToTodayInPerson() {
        assertThat(new AdvanceNoticeForm(context(aCase())).payload())
                .isEqualTo(new StepPayload.AdvanceNotice(TODAY, ServiceMethod.DIRECT));
        assertThat(new ServiceForm(context(aCase())).payload())
                .isEqualTo(new StepPayload.Service(TODAY, ServiceMethod.DIRECT));
    }

    @Test
    void holdHearingSendsThePresidersReportAndLeavesItOutWhenThePartyIsAbsent() {
        HoldHearingForm form = new HoldHearingForm(context(aCase()));
        form.transcript.setValue("当事人请求从轻");
        form.attendance.setValue("当事人及代理人到场");
        form.reviewOpinion.setValue("部分采纳");
        form.disputedPoints.setValue(" 违法面积的认定 ");
        form.presiderOpinion.setValue("建议减轻处罚");
        assertThat(form.payload()).isEqualTo(new StepPayload.HoldHearing(true, "当事人请求从轻", "当事人及代理人到场",
                "部分采纳", "违法面积的认定", "建议减轻处罚", null));
        form.appeared.setValue(false);
        assertThat(form.presiderOpinion.isVisible()).isFalse();
        assertThat(form.disputedPoints.isVisible()).isFalse();
        assertThat(form.payload()).isEqualTo(new StepPayload.HoldHearing(false, "当事人请求从轻", "当事人及代理人到场",
                null, null, null, null));
    }

    @Test
    void submitRaisesTheTypedEvent() {
        ApproveFilingForm form = new ApproveFilingForm(context(aCase()));
        form.approve.setValue(false);
        form.reason.setValue("超过追责时效");
        AtomicReference<StepPayload> got = new AtomicReference<>();
        form.addSubmitListener(e -> got.set(e.payload()));
        form.submit.click();
        assertThat(got.get()).isEqualTo(new StepPayload.ApproveFiling(false, "超过追责时效"));
    }

    static FormContext context(CaseFile c) {
        return new FormContext(c, List.of(ROAD), List.of(WANG, LI, ZHANG), TODAY, Messages.ZH_CN);
    }

    static UserAccount officer(long id, String name) {
        return new UserAccount(id, "officer" + id, name, 5, null, true, Set.of(Role.OFFICER));
    }

    static CaseFile aCase() {
        return new CaseFile(42, "朝综执立字〔2026〕第0001号", 5, "ORDINARY", CaseStage.DECISION, LeadSource.INSPECTION,
                "占道经营", "朝阳路88号", null, null, "刘某某", TODAY.minusDays(3), TODAY.minusDays(3),
                TODAY.minusDays(2), TODAY, null, null, null, 1, LocalDateTime.of(2026, 5, 17, 9, 0), "事实",
                null, OutcomeType.FINE, new BigDecimal("300"), null, "责令立即改正", "初次违法", false, null, false,
                false, TODAY.minusDays(1), ServiceMethod.DIRECT, new BigDecimal("300"), null, true, null, null,
                null, OutcomeType.FINE, new BigDecimal("300"), null, 9L, null, null, null, null, null, null, "p1", 3,
                null, null, null, null, null, null, null, null, null, null, null, false, null, null);
    }
}
