package cn.zhifa.document;

import static cn.zhifa.document.DocumentData.day;
import static cn.zhifa.document.DocumentData.system;

import cn.zhifa.casefile.CaseDocument;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.ExecutionAct;
import cn.zhifa.casefile.ExecutionService;
import cn.zhifa.casefile.ExecutionStatus;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.Preservation;
import cn.zhifa.casefile.PreservationApproval;
import cn.zhifa.casefile.PreservationService;
import cn.zhifa.deliberation.DeliberationService;
import cn.zhifa.deliberation.Meeting;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Unit;
import cn.zhifa.review.ReviewViews;
import cn.zhifa.shared.Messages;
import cn.zhifa.summary.SummaryCase;
import cn.zhifa.summary.SummaryProcedureService;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The fields only one kind of document (or a few) states, added to the common ones {@link DocumentData} fills: the
 * 送达回证's served document, the approval forms' opinions (filing, preservation, decision, closing), the hearing
 * report, the deliberation minutes, the preservation list and the on-the-spot decision.
 */
@Component
class DocumentTypeFields {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final OrganizationService organization;
    private final DeliberationService deliberations;
    private final SummaryProcedureService summaries;
    private final PreservationService preservations;
    private final ExecutionService execution;
    private final Messages messages;

    DocumentTypeFields(OrganizationService organization, DeliberationService deliberations,
            SummaryProcedureService summaries, PreservationService preservations, ExecutionService execution,
            Messages messages) {
        this.execution = execution;
        this.preservations = preservations;
        this.organization = organization;
        this.deliberations = deliberations;
        this.summaries = summaries;
        this.messages = messages;
    }

    /** Adds {@code type}'s own fields to {@code m} (the common ones are already in it). */
    void fill(DocumentType type, CaseFileView v, ReviewViews.Hearing hearing, Unit unit, long documentId,
            String title, Map<String, String> m) {
        CaseFile c = v.caseFile();
        switch (type) {
            case SERVICE_RECEIPT -> serviceReceipt(v, documentId, title, m);
            case CLOSING_APPROVAL_FORM -> {
                m.put("closingReason", c.decidedOutcome() == null ? "调查终结"
                        : c.paidAmount() != null ? "处罚决定已履行完毕" : "执行完毕或依法终结执行");
                m.put("performanceSummary", c.paidAmount() == null ? nullToEmpty(c.executionNote())
                        : "已缴纳罚款" + ChineseAmount.of(c.paidAmount()) + "，缴款日期" + day(c.paidDate())
                                + (c.executionNote() == null ? "" : "；" + c.executionNote()));
                m.put("approvalOpinion", c.closingSummary());
            }
            // the 立案审批表 is made when the officer proposes filing: its head's opinion is written and signed by hand;
            // the 不予立案 decision is made when the head refuses, and states the head's reason
            case NOT_FILED_DECISION -> m.put("approvalOpinion", c.notFiledReason());
            case PRESERVATION_APPROVAL_FORM -> preservationApproval(c, documentId, m);
            case PRESERVATION_NOTICE, PRESERVATION_DECISION -> {
                Preservation p = preservations.ofCase(system(0), c.id()).stream()
                        .max(Comparator.comparing(Preservation::id)).orElse(null);
                if (p != null) {
                    m.put("preservation", list(p));
                }
            }
            case HEARING_REPORT -> hearingReport(hearing, m);
            case DECISION_APPROVAL_FORM -> decisionApproval(c, m);
            case DELIBERATION_MINUTES -> m.put("minutes", deliberations.historyOfCase(system(c.unitId()), c.id())
                    .stream().filter(x -> x.minutes() != null).max(Comparator.comparing(Meeting::id))
                    .map(Meeting::minutes).orElse(null));
            case SUMMARY_DECISION -> summaryDecision(c, unit, m);
            case DEMAND_NOTICE -> demand(v, m);
            case ENFORCEMENT_APPLICATION -> enforcementApplication(v, m);
            default -> {
            }
        }
    }

    private void serviceReceipt(CaseFileView v, long documentId, String title, Map<String, String> m) {
        CaseFile c = v.caseFile();
        // a receipt made for a served document is titled 送达回证（its title）; the service step's is the decision's
        String own = v.documents().stream().filter(d -> d.id() == documentId).map(CaseDocument::title)
                .findFirst().orElse(title);
        String servedTitle = own != null && own.startsWith("送达回证（") && own.endsWith("）")
                ? own.substring("送达回证（".length(), own.length() - 1) : null;
        CaseDocument served = v.documents().stream()
                .filter(d -> d.id() < documentId && DocumentType.of(d.docType()).map(DocumentType::external)
                        .orElse(false))
                .filter(d -> servedTitle == null ? "DECISION".equals(d.docType()) : servedTitle.equals(d.title()))
                .max(Comparator.comparing(CaseDocument::id)).orElse(null);
        if (served != null) {
            m.put("servedDocument", served.title() + (served.docNo() == null ? "" : "（" + served.docNo() + "）"));
        }
        m.put("recipient", m.get("partyName"));
        m.put("servicePlace", m.get("partyAddress"));
        boolean ofNotice = served != null && "ADVANCE_NOTICE".equals(served.docType());
        // a 催告书 is served after it is made (its own service act): its receipt's method and time are written by hand
        boolean later = served != null && "DEMAND_NOTICE".equals(served.docType());
        var method = later ? null : ofNotice ? c.noticeMethod() : c.serviceMethod();
        m.put("serviceMethod", method == null ? null : label("ui.method." + method.name()));
        m.put("serviceTime", later ? null : day(ofNotice ? c.noticeServedDate() : c.servedDate()));
        m.put("servers", m.get("officers"));
        m.put("partySignature", "受送达人签名：            年  月  日（拒绝签收的，由送达人注明拒收事由和日期，并由见证人签名）");
    }

    private String list(Preservation p) {
        return "物品：" + p.items() + "\n保存地点：" + p.storagePlace() + "\n保存期间："
                + (p.startedDate() == null ? "待负责人批准" : day(p.startedDate()) + "至" + day(p.dueDate()))
                + (p.outcome() == null ? "" : "\n处理决定：" + label("ui.preservationOutcome." + p.outcome().name()));
    }

    /**
     * 先行登记保存证据审批表 (行政处罚法 Art. 56; 住建部令55 Art. 19): the preservation this form was registered for
     * (its {@code approvalDocumentId}), with the items, the reason, the head's opinion, name and time.
     */
    private void preservationApproval(CaseFile c, long documentId, Map<String, String> m) {
        Preservation p = preservations.ofCase(system(0), c.id()).stream()
                .filter(x -> x.approvalDocumentId() != null && x.approvalDocumentId() == documentId)
                .findFirst().orElse(null);
        if (p == null) {
            return;
        }
        m.put("preservation", list(p));
        m.put("preservationReason", p.reason() + (p.urgent() ? "（情况紧急，已当场先行登记保存，事后报请批准）" : "")
                + "\n申请时间：" + minute(p.requestedAt()));
        boolean approved = p.approval() == PreservationApproval.APPROVED;
        String opinion = p.approvalOpinion() == null || p.approvalOpinion().isBlank() ? "" : p.approvalOpinion();
        m.put("approvalOpinion", approved
                ? "同意先行登记保存，期限七日，期限内作出处理决定。" + opinion
                : "不同意先行登记保存。" + opinion + (p.urgent() ? "已采取的保存措施应当立即解除。" : ""));
        m.put("approver", p.approvedBy() == null ? null : organization.user(p.approvedBy()).displayName());
        m.put("approvalDate", minute(p.approvedAt()));
    }

    /**
     * 听证报告 (行政处罚法 Art. 64; 上海 Art. 25): hearing time and place, presiding officer, who attended and the
     * agents, the investigators' proposal, the points in dispute, the party's statements (the transcript), the
     * presiding officer's opinion and proposal and the dissent recorded.
     */
    private void hearingReport(ReviewViews.Hearing hearing, Map<String, String> m) {
        if (hearing == null) {
            return;
        }
        m.put("presider", hearing.presidingName());
        m.put("hearingAttendance", hearing.attendance());
        m.put("agents", hearing.agents().isEmpty() ? "无" : String.join("、", hearing.agents()));
        m.put("statement", hearing.transcript());
        ReviewViews.HearingReport report = hearing.report();
        if (report != null) {
            m.put("disputedPoints", report.disputedPoints());
            m.put("presiderOpinion", report.presiderOpinion());
            m.put("dissent", report.dissent() == null ? "无" : report.dissent());
        }
    }

    /**
     * 处理决定审批表 (行政处罚法 Art. 57): the proposal as notified, the legal review and the heads' resolution it rests
     * on, and the head's decision as the approval opinion (the head decides in the system; the form records it).
     */
    private void decisionApproval(CaseFile c, Map<String, String> m) {
        if (m.get("legalReview") == null || m.get("legalReview").isBlank()) {
            m.put("legalReview", "未进行法制审核（不属于《中华人民共和国行政处罚法》第五十八条规定的情形）");
        }
        if (m.get("resolution") == null || m.get("resolution").isBlank()) {
            m.put("resolution", "未经集体讨论（不属于须由负责人集体讨论决定的情形）");
        }
        if (c.decidedOutcome() == null || m.get("penalty") == null) {
            return;
        }
        String decided = m.get("penalty");
        // the head's own words when typed with the decision; else the decision taken on the proposal
        String opinion = c.decisionOpinion() != null ? c.decisionOpinion() + "\n决定：" + decided + "。"
                : Objects.equals(decided, m.get("proposal")) ? "同意拟处理意见，决定：" + decided + "。"
                : "决定：" + decided + "（与拟处理意见不同）。";
        if (c.decidedOutcome() == OutcomeType.NO_PENALTY && c.educationRecord() != null) {
            opinion += "批评教育情况：" + c.educationRecord();
        }
        m.put("approvalOpinion", opinion);
        m.put("approvalDate", m.get("decidedDate"));
    }

    /**
     * 催告书 (行政强制法 Art. 35): the decision it enforces, the amount outstanding today — the fine and the surcharge
     * run so far (Art. 45) — the period (ten days from its service: Art. 54), the manner of payment and the party's
     * right to state and defend (Art. 36).
     */
    private void demand(CaseFileView v, Map<String, String> m) {
        CaseFile c = v.caseFile();
        enforced(v, execution.status(system(c.unitId()), c.id()).orElse(null), m);
        m.put("demandDeadline", "自收到本催告书之日起十日内");
        m.put("paymentMethod", "持本催告书到指定银行或者通过电子支付系统缴纳罚款及加处罚款");
        m.put("statementRight", "根据《中华人民共和国行政强制法》第三十五条、第三十六条的规定，你（单位）有权进行陈述和申辩。"
                + "如有陈述、申辩意见，请在收到本催告书后向本机关提出，本机关将充分听取并记录、复核。");
    }

    /**
     * 强制执行申请书 (行政强制法 Art. 55): the court applied to, the decision and its facts, reasons and bases, the
     * party's statements, the 催告 made and served, what is to be enforced, and the head who signs (the applicant).
     */
    private void enforcementApplication(CaseFileView v, Map<String, String> m) {
        CaseFile c = v.caseFile();
        if ("SUMMARY".equals(c.procedureType())) { // a summary fine paid later: the on-the-spot decision's facts, basis
            summaryFacts(summaries.get(system(c.unitId()), c.id()), m);
        }
        ExecutionStatus x = execution.status(system(c.unitId()), c.id()).orElse(null);
        enforced(v, x, m);
        if (x == null) {
            return;
        }
        if (x.court() != null) {
            m.put("enforcementCourt", x.court().court());
            m.put("approver", organization.user(x.court().recordedBy()).displayName());
        }
        ExecutionAct d = x.demand();
        if (d != null && d.servedDate() != null) {
            m.put("demandRecord", "本机关于" + day(d.actDate()) + "作出催告书（" + nullToEmpty(d.docNo()) + "），于"
                    + day(d.servedDate()) + "送达当事人；催告期限至" + day(x.demandPeriodEnd()) + "届满，当事人仍未履行。");
        }
    }

    /**
     * What the 催告书 and the application enforce: the penalty decision (the ordinary procedure's, or the on-the-spot
     * one of a summary fine paid later) and the amount outstanding today per {@code x} (none when nothing is owed).
     */
    private static void enforced(CaseFileView v, ExecutionStatus x, Map<String, String> m) {
        v.documents().stream().filter(d -> "DECISION".equals(d.docType()) || "SUMMARY_DECISION".equals(d.docType()))
                .max(Comparator.comparing(CaseDocument::id))
                .ifPresent(d -> m.put("decisionRef", "《" + d.title() + "》" + (d.docNo() == null ? ""
                        : "（" + d.docNo() + "）")));
        if (x != null && x.outstanding().signum() > 0) {
            m.put("demandAmount", "罚款" + ChineseAmount.of(x.fineOutstanding())
                    + (x.surchargeOutstanding().signum() > 0 ? "；加处罚款" + ChineseAmount.of(x.surchargeOutstanding())
                            + "（计至" + m.get("docDate") + "）" : "")
                    + "；合计" + ChineseAmount.of(x.outstanding()));
        }
    }

    /** An on-the-spot decision's facts and its legal basis (stated as both the rule broken and the penalty's basis). */
    private static void summaryFacts(SummaryCase s, Map<String, String> m) {
        m.put("facts", s.violation());
        m.put("penaltyBasis", s.legalBasis());
        m.put("violationBasis", s.legalBasis());
    }

    private void summaryDecision(CaseFile c, Unit unit, Map<String, String> m) {
        SummaryCase s = summaries.get(system(c.unitId()), c.id());
        m.put("docNo", s.decisionNo());
        summaryFacts(s, m);
        m.put("place", s.place());
        m.put("time", s.decidedAt() == null ? null : s.decidedAt().format(MINUTE));
        m.put("penalty", s.fine() != null && s.fine().signum() > 0 ? "罚款" + ChineseAmount.of(s.fine()) : "警告");
        m.put("amount", s.fine() == null ? null : ChineseAmount.of(s.fine()));
        m.put("officers", s.officers() + (s.certificates() == null ? "" : "（执法证号：" + s.certificates() + "）"));
        m.put("performance", s.collected() ? "当场收缴罚款，出具财政部门统一制发的专用票据" + nullToEmpty(s.receiptNo())
                : s.fine() != null && s.fine().signum() > 0
                        ? "当事人应当自收到本决定书之日起十五日内到指定银行或者通过电子支付系统缴纳罚款。" : "当场执行。");
        m.put("surcharge", s.fine() != null && s.fine().signum() > 0
                ? "逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额（《中华人民共和国行政强制法》第四十五条）。"
                : "");
        m.put("partySignature", s.partySigned() ? "当事人已签收" : "当事人拒绝签名（已在决定书上注明）");
        m.put("statement", s.statementRefused() ? "当事人拒绝陈述申辩" : nullToEmpty(s.statement()));
        m.put("decidedDate", s.decidedAt() == null ? null : day(s.decidedAt().toLocalDate()));
        m.put("unitName", s.agencyName() == null ? unit.name() : s.agencyName());
    }

    private String label(String key) {
        return messages.get(key, Messages.ZH_CN);
    }

    private static String minute(LocalDateTime t) {
        return t == null ? null : t.format(MINUTE);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
