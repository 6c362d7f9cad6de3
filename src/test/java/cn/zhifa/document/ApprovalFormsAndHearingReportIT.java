package cn.zhifa.document;

import static cn.zhifa.document.DocumentRendererTest.docxText;
import static cn.zhifa.document.DocumentRendererTest.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseWorkflowService;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.Preservation;
import cn.zhifa.casefile.PreservationService;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.review.NoticesAndHearings;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import cn.zhifa.support.Refusals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The three forms of enforcement-law.md §5.1 items 7, 12 and 16 (issue 11 item 1): 先行登记保存证据审批表 with the head's
 * answer, 听证报告 with the hearing step, 处理决定审批表 with the decision — each generated at its step with the law's
 * elements in both the .docx and the PDF; a required element missing refuses the step naming it, nothing changed.
 */
@IntegrationTest
class ApprovalFormsAndHearingReportIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired CaseWorkflowService workflow;
    @Autowired DocumentService documents;
    @Autowired PreservationService preservations;
    @Autowired NoticesAndHearings hearings;
    @Autowired OrganizationService organization;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void realTime() {
        clock.resetWithEngine();
    }

    private List<GeneratedDocument> of(Actor a, long caseId, DocumentType type) {
        return documents.list(a, caseId).stream().filter(d -> d.type() == type).toList();
    }

    /** The PDF's and the .docx's text (whitespace dropped from the Word text, as the table cells break lines). */
    private List<String> texts(Actor a, GeneratedDocument d) throws Exception {
        return List.of(pdfText(documents.file(a, d.versionId(), DocumentService.Format.PDF).bytes()),
                docxText(documents.file(a, d.versionId(), DocumentService.Format.DOCX).bytes()).replaceAll("\\s", ""));
    }

    private String name(String username) {
        return organization.user(f.actor(username).userId()).displayName();
    }

    @Test
    void theFilingFormsNameTheHandlersWithTheirCertificatesAndTheRefusalStatesTheHeadsReason() throws Exception {
        CaseFile c = f.aCaseAwaitingFiling("不立案当事人");
        Actor officer = f.actor("officer1");
        GeneratedDocument form = of(officer, c.id(), DocumentType.FILING_APPROVAL_FORM).get(0);
        String certificate = organization.certificates(officer.userId()).stream()
                .filter(x -> x.isValidOn(f.today())).findFirst().orElseThrow().certNo();
        for (String text : texts(officer, form)) {
            // made when the officer proposes filing: the handlers with their 执法证号, the head's opinion left to sign
            assertThat(text).contains("立案审批表", "不立案当事人", name("officer1") + "（执法证号" , certificate,
                    name("officer2"), "负责人审批意见", "签名").doesNotContain("不予立案");
        }
        f.step(c.id(), "head1", new cn.zhifa.casefile.StepPayload.ApproveFiling(false, "证据不足，不符合立案条件"));
        GeneratedDocument refusal = of(officer, c.id(), DocumentType.NOT_FILED_DECISION).get(0);
        for (String text : texts(officer, refusal)) {
            assertThat(text).contains("不立案当事人", "负责人审批意见", "证据不足，不符合立案条件");
        }
    }

    @Test
    void thePreservationApprovalFormRecordsTheHeadsAnswerOnEachRequest() throws Exception {
        CaseFile c = f.aFiledCase();
        Actor officer = f.actor("officer1");
        Preservation asked = preservations.request(officer, c.id(), "占道经营桌椅4张", "执法队暂扣物品仓库",
                "当事人拒不配合，证据可能灭失", false);
        Preservation other = preservations.request(officer, c.id(), "广告牌1块", "仓库A", "证据可能被转移", false);
        assertThat(of(officer, c.id(), DocumentType.PRESERVATION_APPROVAL_FORM)).isEmpty();
        // answered in the reverse order of the requests, at the same instant: each form names its own request
        preservations.approve(f.actor("head1"), other.id(), false, "不属于证据可能灭失的情形");
        preservations.approve(f.actor("head1"), asked.id(), true, "同意，妥善保管");

        List<GeneratedDocument> forms = of(officer, c.id(), DocumentType.PRESERVATION_APPROVAL_FORM);
        assertThat(forms).hasSize(2).allMatch(d -> d.docNo() == null);
        for (String text : texts(officer, forms.get(0))) {
            assertThat(text).contains("先行登记保存证据审批表", c.caseNo(), "测试当事人", "广告牌1块", "仓库A",
                    "证据可能被转移", "第五十六条", "不同意先行登记保存。不属于证据可能灭失的情形", name("head1"), "签名")
                    .doesNotContain("桌椅");
        }
        for (String text : texts(officer, forms.get(1))) {
            // 行政处罚法 Art. 56 / 住建部令55 Art. 19: the items, where kept, why, the head's prior approval
            assertThat(text).contains("先行登记保存证据审批表", "占道经营桌椅4张", "执法队暂扣物品仓库",
                    "当事人拒不配合，证据可能灭失", "同意先行登记保存", "同意，妥善保管", name("head1"), "签名",
                    "日期", String.valueOf(f.today().getYear()) + "年").doesNotContain("广告牌");
        }
        // filed with the notice it authorises (evidence category), before it
        List<GeneratedDocument> all = documents.list(officer, c.id());
        assertThat(all.stream().map(GeneratedDocument::type).toList())
                .containsSubsequence(DocumentType.PRESERVATION_APPROVAL_FORM, DocumentType.PRESERVATION_NOTICE);
        assertThat(DocumentType.PRESERVATION_APPROVAL_FORM.archiveGroup())
                .isEqualTo(DocumentType.PRESERVATION_NOTICE.archiveGroup());
    }

    @Test
    void theDecisionApprovalFormStatesTheProposalTheReviewsAndTheHeadsDecision() throws Exception {
        CaseFile c = f.aCaseAtLegalReview();
        f.legalReview(c.id(), "reviewer1", cn.zhifa.casefile.ReviewOutcome.AGREE);
        f.step(c.id(), "head1", f.fineDecision(CaseFiles.FINE));
        Actor head = f.actor("head1");
        GeneratedDocument form = of(head, c.id(), DocumentType.DECISION_APPROVAL_FORM).get(0);
        assertThat(form.docNo()).isNull();
        for (String text : texts(head, form)) {
            // Art. 57: the head's decision on the proposal, what it rests on, signature area and date
            assertThat(text).contains("处理决定审批表", c.caseNo(), "测试当事人", "当事人占道经营，事实清楚",
                    "拟处理意见", "罚款人民币伍佰元整（¥500.00）", "一般情形", "法制审核意见", "经审核，同意承办人意见",
                    "未经集体讨论", "同意拟处理意见，决定：罚款人民币伍佰元整（¥500.00）", name("head1"), "签名",
                    DocumentData.day(f.today()));
        }
        // registered with the decision, just before it
        List<DocumentType> types = documents.list(head, c.id()).stream().map(GeneratedDocument::type).toList();
        assertThat(types.indexOf(DocumentType.DECISION_APPROVAL_FORM))
                .isEqualTo(types.indexOf(DocumentType.DECISION) - 1);
    }

    @Test
    void theHeadsTypedOpinionIsTheApprovalFormsOpinionAndStaysOnTheCase() throws Exception {
        CaseFile c = f.aCaseAtLegalReview();
        f.legalReview(c.id(), "reviewer1", cn.zhifa.casefile.ReviewOutcome.AGREE);
        String typed = "同意。当事人系初次违法且已改正，按一般情形处罚。<script>x</script>";
        f.step(c.id(), "head1", new StepPayload.Decision(OutcomeType.FINE, CaseFiles.FINE, null, "责令立即改正",
                f.today(), null, "  " + typed + "  "));
        Actor head = f.actor("head1");
        GeneratedDocument form = of(head, c.id(), DocumentType.DECISION_APPROVAL_FORM).get(0);
        for (String text : texts(head, form)) {
            // the head's own words (as text), then the decision they approve; not the generated sentence
            assertThat(text).contains(typed, "决定：罚款人民币伍佰元整（¥500.00）", name("head1"))
                    .doesNotContain("同意拟处理意见，决定");
        }
        assertThat(jdbc.queryForObject("SELECT decision_opinion FROM case_file WHERE id = ?", String.class, c.id()))
                .as("stored trimmed on the case").isEqualTo(typed);
        assertThat(cases.view(head, c.id()).caseFile().decisionOpinion()).isEqualTo(typed);
    }

    /** A natural person notified of a 6,000 fine (above the hearing threshold) who asked for a hearing. */
    private CaseFile hearingScheduled() {
        return f.aHearingScheduled("听证当事人", hearings.earliestHearingDate(f.today()));
    }

    private String snapshot(long caseId) {
        return jdbc.queryForList("SELECT stage, version, statement_summary, review_opinion FROM case_file WHERE id = ?",
                caseId) + "|" + jdbc.queryForList("SELECT * FROM case_hearing WHERE case_id = ?", caseId) + "|"
                + jdbc.queryForList("SELECT id FROM case_document WHERE case_id = ?", caseId) + "|"
                + jdbc.queryForList("SELECT id FROM doc_version WHERE case_id = ?", caseId) + "|"
                + jdbc.queryForList("SELECT seq FROM case_record WHERE case_id = ?", caseId) + "|"
                + jdbc.queryForList("SELECT * FROM doc_number_seq");
    }

    @Test
    void theHearingReportStatesThePresidersOpinionAndIsRequiredForTheHearingStep() throws Exception {
        CaseFile c = hearingScheduled();
        LocalDate day = hearings.latestHearing(c.id()).orElseThrow().hearingDate();
        clock.setWithEngine(day.atTime(10, 0));
        String task = f.openTask(c.id()).taskId();
        // 行政处罚法 Art. 64 / 上海 Art. 25: no report without the presiding officer's opinion and proposal
        String zh = Refusals.refused(messages, () -> snapshot(c.id()), "field.required",
                () -> workflow.complete(f.actor("officer1"), task, new StepPayload.HoldHearing(true,
                        "当事人称已自行拆除一半，请求从轻", "主持人、记录人、调查人员及当事人到场", "经复核，部分采纳",
                        "违法面积的认定", "  ", null)));
        assertThat(zh).contains("主持人意见及处理建议");
        zh = Refusals.refused(messages, () -> snapshot(c.id()), "field.required",
                () -> workflow.complete(f.actor("officer1"), task, new StepPayload.HoldHearing(true,
                        "当事人称已自行拆除一半，请求从轻", "主持人、记录人、调查人员及当事人到场", "经复核，部分采纳",
                        null, "建议维持", null)));
        assertThat(zh).contains("争议焦点");

        f.step(c.id(), "officer1", new StepPayload.HoldHearing(true, "当事人称已自行拆除一半，请求从轻",
                "主持人、记录人、调查人员及当事人到场", "经复核，部分采纳", "违法面积的认定",
                "建议减轻为罚款人民币伍仟元", "听证员李某认为应维持原拟处罚"));
        Actor officer = f.actor("officer1");
        List<GeneratedDocument> reports = of(officer, c.id(), DocumentType.HEARING_REPORT);
        assertThat(reports).hasSize(1);
        for (String text : texts(officer, reports.get(0))) {
            assertThat(text).contains("听证报告", c.caseNo(), "听证当事人", DocumentData.day(day), "朝阳街道听证室",
                    name("officer3"), "律师甲", "主持人、记录人、调查人员及当事人到场", "罚款人民币陆仟元整（¥6,000.00）",
                    "违法面积的认定", "当事人称已自行拆除一半，请求从轻", "建议减轻为罚款人民币伍仟元",
                    "听证员李某认为应维持原拟处罚");
        }
        // filed with the transcript (category 5), after it
        List<DocumentType> types = documents.list(officer, c.id()).stream().map(GeneratedDocument::type).toList();
        assertThat(types).containsSubsequence(DocumentType.HEARING_TRANSCRIPT, DocumentType.HEARING_REPORT);
        assertThat(DocumentType.HEARING_REPORT.archiveGroup()).isEqualTo(DocumentType.HEARING_TRANSCRIPT.archiveGroup());
    }
}
