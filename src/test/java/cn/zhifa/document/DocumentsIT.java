package cn.zhifa.document;

import static cn.zhifa.document.DocumentRendererTest.docxText;
import static cn.zhifa.document.DocumentRendererTest.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.NewLead;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.evidence.FileSystemEvidenceStore;
import cn.zhifa.organization.Actor;
import cn.zhifa.record.RecordService;
import cn.zhifa.record.Verification;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.Race;
import cn.zhifa.support.Refusals;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DocumentsIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired DocumentService documents;
    @Autowired DocumentTemplates templates;
    @Autowired DocumentWorker worker;
    @Autowired DocumentNumbers numbers;
    @Autowired DocumentData data;
    @Autowired RecordService records;
    @Autowired cn.zhifa.evidence.EvidenceStore evidenceStore;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;

    private org.springframework.http.ResponseEntity<byte[]> get(String user, String path) {
        org.springframework.http.HttpHeaders h = new org.springframework.http.HttpHeaders();
        h.setBasicAuth(user, cn.zhifa.demo.DemoData.PASSWORD);
        return rest.exchange(path, org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(h),
                byte[].class);
    }

    @Test
    void restListsAndDownloadsDocumentsWithinTheDataScope() throws Exception {
        CaseFile c = f.aCaseAtStatement();
        GeneratedDocument notice = doc(documents.list(f.actor("officer1"), c.id()), DocumentType.ADVANCE_NOTICE);
        var list = get("officer2", "/api/cases/" + c.id() + "/documents");
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(list.getBody(), StandardCharsets.UTF_8)).contains(notice.docNo(), notice.docxSha256());
        // the PDF is laid out from the .docx on its first download, stored, recorded, and the same ever after
        assertThat(notice.pdfSha256()).isNull();
        var pdf = get("officer2", "/api/documents/" + notice.versionId() + "/pdf");
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(pdfText(pdf.getBody())).contains(notice.docNo(), "五个工作日内");
        GeneratedDocument laid = doc(documents.list(f.actor("officer1"), c.id()), DocumentType.ADVANCE_NOTICE);
        assertThat(laid.pdfSha256()).isEqualTo(sha256(pdf.getBody()));
        assertThat(laid.pages()).isPositive();
        assertThat(get("officer1", "/api/documents/" + notice.versionId() + "/pdf").getBody()).isEqualTo(pdf.getBody());
        assertThat(jdbc.queryForList("SELECT details FROM case_record WHERE case_id = ? AND action = "
                + "'DOCUMENT_PDF_RENDERED'", String.class, c.id())).singleElement().asString()
                .contains(laid.pdfSha256(), notice.docxSha256());
        var docx = get("officer2", "/api/documents/" + notice.versionId() + "/docx");
        assertThat(docxText(docx.getBody())).contains(notice.docNo());
        assertThat(docx.getHeaders().getContentDisposition().getFilename()).endsWith(".docx");
        var preview = get("officer1", "/api/cases/" + c.id() + "/documents/preview?type=DECISION");
        assertThat(preview.getStatusCode().value()).isEqualTo(200);
        var draft = get("head1", "/api/cases/" + c.id() + "/dossier");
        assertThat(pdfText(draft.getBody())).contains("草稿", "卷内文件目录", notice.docNo());
        // another street's officer does not see the case
        assertThat(get("wj_officer1", "/api/documents/" + notice.versionId() + "/pdf").getStatusCode().value())
                .isEqualTo(404);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private GeneratedDocument doc(List<GeneratedDocument> docs, DocumentType type) {
        return docs.stream().filter(d -> d.type() == type).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + type + " in " + docs));
    }

    private String pdf(Actor a, GeneratedDocument d) throws Exception {
        return pdfText(documents.file(a, d.versionId(), DocumentService.Format.PDF).bytes());
    }

    private String docx(Actor a, GeneratedDocument d) throws Exception {
        return docxText(documents.file(a, d.versionId(), DocumentService.Format.DOCX).bytes()).replaceAll("\\s", "");
    }

    @Test
    void anOrdinaryCaseYieldsItsDocumentsWithTheLawsContentAndAFrozenDossier() throws Exception {
        CaseFile c = f.anArchivedCase();
        Actor head = f.actor("head1");
        List<GeneratedDocument> docs = documents.list(head, c.id());
        assertThat(docs.stream().map(GeneratedDocument::type).collect(Collectors.toSet())).contains(
                DocumentType.LEAD_REGISTRATION, DocumentType.FILING_APPROVAL_FORM, DocumentType.INVESTIGATION_RECORD,
                DocumentType.INVESTIGATION_REPORT, DocumentType.CASE_REVIEW_FORM, DocumentType.ADVANCE_NOTICE,
                DocumentType.STATEMENT_WAIVER, DocumentType.DECISION_APPROVAL_FORM, DocumentType.DECISION,
                DocumentType.CORRECTION_ORDER,
                DocumentType.SERVICE_RECEIPT, DocumentType.CLOSING_APPROVAL_FORM);
        assertThat(documents.pending(head, c.id())).isEmpty();

        GeneratedDocument decision = doc(docs, DocumentType.DECISION);
        int year = f.today().getYear();
        assertThat(decision.docNo()).matches("朝综执罚决字〔" + year + "〕第\\d{4}号");
        for (String text : List.of(pdf(head, decision), docx(head, decision))) {
            // 行政处罚法 Art. 59: party and address/ID, facts and evidence, type and basis, performance, remedies,
            // agency and date, seal; 行政强制法 Art. 45: the surcharge standard
            assertThat(text).contains(decision.docNo(), "测试当事人", "110105199001011234", "朝阳路1号",
                    "当事人占道经营，事实清楚", "现场检查笔录", "罚款人民币伍佰元整（¥500.00）", "十五日内",
                    "每日按罚款数额的百分之三加处罚款", "六十日内", "申请行政复议", "六个月内", "提起行政诉讼",
                    "朝阳街道综合行政执法队（印章）", DocumentData.day(f.today()), "一般情形");
        }
        GeneratedDocument notice = doc(docs, DocumentType.ADVANCE_NOTICE);
        assertThat(notice.docNo()).matches("朝综执告字〔" + year + "〕第\\d{4}号");
        String n = pdf(head, notice);
        assertThat(n).contains("罚款人民币伍佰元整（¥500.00）", "当事人占道经营，事实清楚", "陈述、申辩",
                "五个工作日内", "联系地址");
        String receipt = pdf(head, doc(docs, DocumentType.SERVICE_RECEIPT));
        assertThat(receipt).contains("送达回证", decision.docNo(), "测试当事人", "直接送达");
        assertThat(pdf(head, doc(docs, DocumentType.CLOSING_APPROVAL_FORM))).contains("结案审批表", "同意结案");
        // 送达回证 per served document: the notice's and the decision's
        List<String> receipts = new ArrayList<>();
        for (GeneratedDocument d : docs) {
            if (d.type() == DocumentType.SERVICE_RECEIPT) {
                receipts.add(pdf(head, d));
            }
        }
        // 责令(限期)改正通知书 (行政处罚法 Art. 28) with the decision: its own number, facts, provision, order, basis
        GeneratedDocument correction = doc(docs, DocumentType.CORRECTION_ORDER);
        assertThat(correction.docNo()).matches("朝综执责改字〔" + year + "〕第\\d{4}号");
        for (String text : List.of(pdf(head, correction), docx(head, correction))) {
            assertThat(text).contains("责令(限期)改正通知书", correction.docNo(), "测试当事人：", "经查，你（单位）当事人占道经营，事实清楚",
                    "上述行为违反了", "第二十八条", "现责令你（单位）责令立即改正", "逾期不改正的",
                    "朝阳街道综合行政执法队（印章）", DocumentData.day(f.today()));
        }
        assertThat(receipts).hasSize(3).anyMatch(r -> r.contains(notice.docNo()))
                .anyMatch(r -> r.contains(decision.docNo())).anyMatch(r -> r.contains(correction.docNo()));

        // the record names each document with its hashes
        List<Map<String, Object>> rendered = jdbc.queryForList(
                "SELECT details FROM case_record WHERE case_id = ? AND action = 'DOCUMENT_RENDERED'", c.id());
        assertThat(rendered).hasSize(docs.size());
        assertThat(rendered.toString()).contains(decision.docxSha256());
        // each PDF downloaded above was laid out once from its .docx and recorded with both hashes
        GeneratedDocument decisionPdf = doc(documents.list(head, c.id()), DocumentType.DECISION);
        assertThat(decisionPdf.pdfSha256()).isNotNull();
        List<String> laidOut = jdbc.queryForList("SELECT details FROM case_record WHERE case_id = ? AND action = "
                + "'DOCUMENT_PDF_RENDERED'", String.class, c.id());
        assertThat(laidOut).anyMatch(d -> d.contains(decisionPdf.pdfSha256()) && d.contains(decision.docxSha256()));
        int pdfs = jdbc.queryForObject("SELECT COUNT(*) FROM doc_version WHERE case_id = ? AND pdf_path IS NOT NULL",
                Integer.class, c.id());
        assertThat(laidOut).hasSize(pdfs);

        // the dossier: frozen at 归档 as its manifest (recorded with its hash), laid out on the first download
        Map<String, Object> frozen = jdbc.queryForMap("SELECT manifest_sha256, path FROM doc_dossier WHERE case_id = ? "
                + "AND final_copy = TRUE", c.id());
        assertThat(frozen.get("path")).isNull(); // queryForMap's keys ignore case (H2 and MariaDB alike)
        String manifestSha = (String) frozen.get("manifest_sha256");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id = ? AND action = "
                + "'DOSSIER_ARCHIVED' AND details LIKE ?", Integer.class, c.id(), "%" + manifestSha + "%"))
                .isEqualTo(1);
        // with cover, index, bookmarks and running page numbers
        DocumentService.FileContent dossier = documents.dossier(f.actor("officer3"), c.id());
        try (PDDocument d = Loader.loadPDF(dossier.bytes())) {
            String all = pdfText(dossier.bytes());
            assertThat(all).contains("行政处罚案件卷宗", c.caseNo(), "卷内文件目录", "证据清单", "卷内备考表", "长期")
                    .doesNotContain("草稿");
            List<String> marks = new ArrayList<>();
            for (PDOutlineItem i : d.getDocumentCatalog().getDocumentOutline().children()) {
                marks.add(i.getTitle());
            }
            assertThat(marks).contains("卷宗封面", "卷内文件目录", "证据清单", "卷内备考表", "立案审批表",
                    "行政处罚决定书 " + decision.docNo());
            assertThat(marks.indexOf("立案审批表")).isLessThan(marks.indexOf("行政处罚决定书 " + decision.docNo()));
            // 住建部令55 Art. 40 (2): the head's 处理决定审批表 filed with the decision, just before it
            assertThat(marks.indexOf("处理决定审批表")).isEqualTo(marks.indexOf("行政处罚决定书 " + decision.docNo()) - 1);
            assertThat(d.getNumberOfPages()).isGreaterThan(docs.size());
        }
        // laid out once, recorded with the manifest it was laid out from; a second download reads the stored copy
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id = ? AND action = "
                + "'DOSSIER_RENDERED' AND details LIKE ? AND details LIKE ?", Integer.class, c.id(),
                "%" + dossier.sha256() + "%", "%" + manifestSha + "%")).isEqualTo(1);
        assertThat(documents.dossier(f.actor("head1"), c.id()).sha256()).isEqualTo(dossier.sha256());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id = ? AND action = "
                + "'DOSSIER_RENDERED'", Integer.class, c.id())).isEqualTo(1);

        // verify covers every document file; a flipped byte is named
        Verification ok = records.check(c.id());
        assertThat(ok.ok()).isTrue();
        assertThat(ok.artifactsChecked()).isGreaterThanOrEqualTo(docs.size() + pdfs + 1);
        FileSystemEvidenceStore store = (FileSystemEvidenceStore) evidenceStore;
        Path file = store.root().resolve(store.pathOf(decisionPdf.pdfSha256()));
        byte[] original = Files.readAllBytes(file);
        byte[] bad = original.clone();
        bad[bad.length / 2] ^= 1;
        Files.write(file, bad);
        try {
            Verification broken = records.check(c.id());
            assertThat(broken.ok()).isFalse();
            assertThat(broken.firstBadArtifact().path()).contains(String.valueOf(decision.documentId()))
                    .endsWith(".pdf");
        } finally {
            Files.write(file, original);
        }
    }

    @Autowired cn.zhifa.summary.SummaryProcedureService summaries;

    @Test
    void theOnTheSpotDecisionStatesArt52ContentAndPrintsWithoutNavigation() throws Exception {
        Actor officer = f.actor("officer1");
        var s = summaries.decide(officer, new cn.zhifa.summary.OnTheSpotPenalty(PartyKind.NATURAL_PERSON, "当场当事人",
                IdType.ID_CARD, null, "13800000001", "在朝阳路10号店外占道经营", true,
                "《城市市容和环境卫生管理条例》第三十六条", "朝阳路10号", null, null, cn.zhifa.summary.PenaltyKind.FINE,
                new java.math.BigDecimal("200"), f.actor("officer2").userId(), true, "承认占道", false, true, false,
                null, null, null, null));
        GeneratedDocument d = doc(documents.list(officer, s.caseId()), DocumentType.SUMMARY_DECISION);
        assertThat(d.docNo()).isEqualTo(s.decisionNo());
        String text = pdf(officer, d);
        // 行政处罚法 Art. 52: violation, type and basis, fine, time, place, remedies, agency, officers
        assertThat(text).contains("当场行政处罚决定书", s.decisionNo(), "在朝阳路10号店外占道经营",
                "《城市市容和环境卫生管理条例》第三十六条", "罚款人民币贰佰元整（¥200.00）", "朝阳路10号", "申请行政复议",
                "提起行政诉讼", "（印章）", "执法人员");
        var print = get("officer1", "/api/documents/" + d.versionId() + "/print");
        String html = new String(print.getBody(), StandardCharsets.UTF_8);
        assertThat(html).contains("@media print", "当场行政处罚决定书", "max-width:90mm").doesNotContain("vaadin");
    }

    @Test
    void aMissingRequiredElementRefusesTheStepNamingItAndNothingChanges() {
        CaseFile lead = cases.registerLead(f.actor("officer1"), new NewLead(LeadSource.INSPECTION, "巡查发现占道经营",
                "朝阳路1号", f.today(), f.today(), null, List.of(new Party(PartyKind.NATURAL_PERSON, "无地址当事人",
                        IdType.ID_CARD, null, null, null))));
        f.step(lead.id(), "officer1", f.verifyToFile());
        f.step(lead.id(), "head1", new StepPayload.ApproveFiling(true, "同意立案"));
        f.step(lead.id(), "officer1", new StepPayload.Investigate("当事人占道经营",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        f.step(lead.id(), "officer1", f.tiered(lead.id(),
                new StepPayload.InvestigationReport(cn.zhifa.casefile.OutcomeType.FINE,
                CaseFiles.FINE, null, "责令立即改正", "一般情形", false, null, false)));
        f.step(lead.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        f.step(lead.id(), "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT));
        f.step(lead.id(), "officer1", new StepPayload.StatementDefence(true, null, null));
        Actor officer = f.actor("officer1");
        CaseStage stage = cases.get(officer, lead.id()).stage();
        // 行政处罚法 Art. 59: the decision states the party's address
        String zh = Refusals.refused(messages, () -> snapshot(lead.id()), "document.missingElement",
                () -> f.step(lead.id(), "head1", f.fineDecision(CaseFiles.FINE)));
        assertThat(zh).contains("行政处罚决定书", "当事人住址或地址");
        assertThat(cases.get(officer, lead.id()).stage()).isEqualTo(stage);
    }

    private String snapshot(long caseId) {
        return jdbc.queryForList("SELECT stage, version FROM case_file WHERE id = ?", caseId) + "|"
                + jdbc.queryForList("SELECT id, doc_no FROM case_document WHERE case_id = ?", caseId) + "|"
                + jdbc.queryForList("SELECT id FROM doc_render_job WHERE case_id = ?", caseId) + "|"
                + jdbc.queryForList("SELECT seq FROM case_record WHERE case_id = ?", caseId) + "|"
                + jdbc.queryForList("SELECT * FROM doc_number_seq");
    }

    @Test
    void aStepsDocumentsCommitWithItAndARenderJobLeftByACrashIsRenderedAtStart() {
        CaseFile c = f.aCaseAtNotice();
        Actor officer = f.actor("officer1");
        worker.suspend();
        try {
            f.step(c.id(), "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT));
            // the notice and its 送达回证 are made in the step's own transaction: nothing is left to render
            assertThat(documents.pending(officer, c.id())).isEmpty();
            GeneratedDocument notice = doc(documents.list(officer, c.id()), DocumentType.ADVANCE_NOTICE);
            assertThat(notice.docNo()).isNotNull();
            assertThat(notice.version()).isEqualTo(1);
            // a correction is a render job after its commit: "crash" before it runs
            documents.correct(officer, notice.documentId(), "当事人地址更正");
            assertThat(documents.pending(officer, c.id())).containsExactly(notice.documentId());
        } finally {
            worker.resume();
        }
        worker.recover(); // what ApplicationReadyEvent runs at start
        assertThat(documents.pending(officer, c.id())).isEmpty();
        assertThat(documents.list(officer, c.id())).anyMatch(d -> d.type() == DocumentType.ADVANCE_NOTICE
                && d.version() == 2 && "当事人地址更正".equals(d.reason()));
    }

    @Test
    void twoFirstDownloadsAtOnceLayThePdfOutOnce() throws Exception {
        CaseFile c = f.aCaseAtStatement();
        GeneratedDocument notice = doc(documents.list(f.actor("officer1"), c.id()), DocumentType.ADVANCE_NOTICE);
        List<Callable<String>> calls = new ArrayList<>();
        for (String user : List.of("officer1", "officer2", "head1")) {
            calls.add(() -> documents.file(f.actor(user), notice.versionId(), DocumentService.Format.PDF).sha256());
        }
        List<Object> got = Race.race(calls);
        assertThat(got).hasSize(3).allMatch(h -> h instanceof String).containsOnly(got.get(0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id = ? AND action = "
                + "'DOCUMENT_PDF_RENDERED'", Integer.class, c.id())).isEqualTo(1);
        assertThat(doc(documents.list(f.actor("officer1"), c.id()), DocumentType.ADVANCE_NOTICE).pdfSha256())
                .isEqualTo(got.get(0));
        assertThat(records.check(c.id()).ok()).isTrue();
    }

    @Test
    void theFrozenDossierShowsTheCaseAsArchivedAndTwoFirstDownloadsLayItOutOnce() throws Exception {
        CaseFile c = f.anArchivedCase();
        String unit = jdbc.queryForObject("SELECT name FROM org_unit WHERE id = ?", String.class, c.unitId());
        // after 归档 the unit is renamed: the dossier frozen at 归档 still shows the case as it was archived
        jdbc.update("UPDATE org_unit SET name = ? WHERE id = ?", "改名后的执法队", c.unitId());
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (String user : List.of("officer3", "head1", "officer3")) {
                calls.add(() -> documents.dossier(f.actor(user), c.id()).sha256());
            }
            List<Object> got = Race.race(calls);
            assertThat(got).hasSize(3).allMatch(h -> h instanceof String).containsOnly(got.get(0));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id = ? AND action = "
                    + "'DOSSIER_RENDERED'", Integer.class, c.id())).isEqualTo(1);
            String text = pdfText(documents.dossier(f.actor("head1"), c.id()).bytes());
            assertThat(text).contains(unit, c.caseNo()).doesNotContain("改名后的执法队", "草稿");
            // the manifest and the PDF are both case artifacts: verify re-hashes them
            assertThat(records.check(c.id()).ok()).isTrue();
            // the manifest is kept in its row (decision 0043, amendment 1): no file of its own, its hash recorded
            Map<String, Object> manifest = jdbc.queryForMap("SELECT manifest_path, manifest_content, manifest_sha256 "
                    + "FROM doc_dossier WHERE case_id = ? AND final_copy = TRUE", c.id());
            assertThat(manifest.get("manifest_path")).isNull();
            assertThat(cn.zhifa.record.RecordCanonical.sha256((byte[]) manifest.get("manifest_content")))
                    .isEqualTo(manifest.get("manifest_sha256"));
        } finally {
            jdbc.update("UPDATE org_unit SET name = ? WHERE id = ?", unit, c.unitId());
        }
    }

    @Test
    void numbersAreGapFreeAndUniqueUnderConcurrency() throws Exception {
        long caseId = f.aLead().id();
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> tx.execute(s -> numbers.number(caseId, "HEARING_NOTICE", "听证通知书", null)));
        }
        List<Object> got = Race.race(calls);
        List<Integer> seqs = got.stream().map(o -> (String) o)
                .map(s -> Integer.parseInt(s.replaceAll(".*第(\\d{4})号", "$1"))).sorted().toList();
        int first = seqs.get(0);
        assertThat(seqs).doesNotHaveDuplicates().hasSize(8);
        assertThat(seqs.get(7) - first).isEqualTo(7);
        assertThat((String) got.get(0)).startsWith("朝综执听通字〔" + f.today().getYear() + "〕第");
    }

    @Test
    void hostileTextRendersAsText() throws Exception {
        CaseFile c = f.aFiledCase();
        // the case's facts are limited to 2,000 characters; 10,000-character text is DocumentRendererTest's
        String hostile = "<script>alert('x')</script>\u0001\u0007" + "甲".repeat(1_960);
        f.step(c.id(), "officer1", new StepPayload.Investigate(hostile,
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        f.step(c.id(), "officer1", f.tiered(c.id(),
                new StepPayload.InvestigationReport(cn.zhifa.casefile.OutcomeType.FINE,
                CaseFiles.FINE, null, "责令立即改正", "一般情形", false, null, false)));
        Actor officer = f.actor("officer1");
        GeneratedDocument report = doc(documents.list(officer, c.id()), DocumentType.INVESTIGATION_REPORT);
        String pdf = pdf(officer, report);
        assertThat(pdf).contains("<script>alert('x')</script>", "甲".repeat(100));
        assertThat(docx(officer, report)).contains("<script>alert('x')</script>");
        assertThat(pdf).doesNotContain("\u0001");
        assertThat(doc(documents.list(officer, c.id()), DocumentType.INVESTIGATION_REPORT).pages()).isGreaterThan(1);
    }

    @Test
    void badTemplatesAreRefusedNamingTheTemplateAndTagAndAGoodOneIsUsedAndStored() throws Exception {
        Actor admin = f.actor("admin");
        int before = templates.list(admin).size();
        byte[] good = templates.download(admin, DocumentType.HEARING_NOTICE).bytes();
        byte[] unknown = DocumentRenderer.fill(good, Map.of()); // poi-tl leaves no tags: make a template with one
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(good));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("{{secretField}}");
            d.write(out);
            unknown = out.toByteArray();
        }
        byte[] withUnknown = unknown;
        String zh = Refusals.refused(messages, () -> templates.list(admin).size(), "document.template.unknownTag",
                () -> templates.upload(admin, DocumentType.HEARING_NOTICE, "我的听证通知书.docx", withUnknown));
        assertThat(zh).contains("我的听证通知书.docx", "{{secretField}}");
        byte[] broken = java.util.Arrays.copyOf(good, good.length / 2);
        Refusals.refused(messages, () -> templates.list(admin).size(), "document.template.broken",
                () -> templates.upload(admin, DocumentType.HEARING_NOTICE, "半个.docx", broken));
        Refusals.refused(messages, () -> templates.list(admin).size(), "document.template.notWord",
                () -> templates.upload(admin, DocumentType.HEARING_NOTICE, "x.docx",
                        "%PDF-1.4 not word".getBytes(StandardCharsets.UTF_8)));
        Refusals.refused(messages, () -> templates.list(admin).size(), "document.template.broken",
                () -> templates.upload(admin, DocumentType.HEARING_NOTICE, "坏的.docx", brokenDocx()));
        assertThat(templates.list(admin)).hasSize(before);

        byte[] edited;
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(good));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("本单位自定义段落：{{caseNo}}");
            d.write(out);
            edited = out.toByteArray();
        }
        DocumentTemplates.TemplateInfo v = templates.upload(admin, DocumentType.HEARING_NOTICE, "本单位.docx", edited);
        assertThat(v.version()).isGreaterThanOrEqualTo(1);
        assertThat(templates.current(admin.unitId(), DocumentType.HEARING_NOTICE).version()).isEqualTo(v.version());
        assertThat(docxText(DocumentRenderer.fill(templates.current(admin.unitId(), DocumentType.HEARING_NOTICE)
                .bytes(), Map.of("caseNo", "X-1")))).contains("本单位自定义段落：X-1");
    }

    /**
     * At a step a document fills only what its template states and the law requires of it (its other sources are
     * not read): for every document of a walked case each stated field is what the full content says, a field the
     * template does not state is left empty, and a unit's template that states more gets it filled.
     */
    @Test
    void aDocumentFillsWhatItsTemplateStatesAsTheFullContentSaysIt() {
        CaseFile c = f.anArchivedCase();
        Actor head = f.actor("head1");
        for (GeneratedDocument d : documents.list(head, c.id())) {
            Set<String> stated = CompiledTemplate.of(DefaultTemplates.build(d.type())).stated();
            assertThat(stated).as(d.type().name()).contains("unitName").isSubsetOf(DocumentData.FIELDS.keySet());
            Map<String, String> full = data.build(d.type(), c.id(), d.documentId(), d.title(), d.docNo(), false);
            Map<String, String> filled = tx.execute(s -> data.buildAtCommit(d.type(), c.id(), stated, d.documentId(),
                    d.title(), d.docNo()));
            for (String field : stated) {
                assertThat(filled.get(field)).as(d.type() + " " + field).isEqualTo(full.get(field));
            }
        }
        GeneratedDocument receipt = doc(documents.list(head, c.id()), DocumentType.SERVICE_RECEIPT);
        Set<String> defaults = CompiledTemplate.of(DefaultTemplates.build(DocumentType.SERVICE_RECEIPT)).stated();
        assertThat(defaults).contains("servedDocument", "servers").doesNotContain("handlers", "registeredBy",
                "legalReview", "itemName");
        Map<String, String> plain = tx.execute(s -> data.buildAtCommit(DocumentType.SERVICE_RECEIPT, c.id(), defaults,
                receipt.documentId(), receipt.title(), receipt.docNo()));
        assertThat(plain.get("servedDocument")).contains("行政处罚决定书");
        assertThat(plain.get("handlers")).isEmpty();
        assertThat(plain.get("registeredBy")).isEmpty();
        Set<String> more = new java.util.HashSet<>(defaults);
        more.addAll(List.of("handlers", "registeredBy", "itemName"));
        Map<String, String> unitOwn = tx.execute(s -> data.buildAtCommit(DocumentType.SERVICE_RECEIPT, c.id(), more,
                receipt.documentId(), receipt.title(), receipt.docNo()));
        assertThat(unitOwn.get("handlers")).contains("执法证号");
        assertThat(unitOwn.get("registeredBy")).isNotBlank();
        assertThat(unitOwn.get("itemName")).isNotBlank();
    }

    /** A zip with a word/document.xml that is not valid XML. */
    private static byte[] brokenDocx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document><<".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Autowired cn.zhifa.casefile.StepDocumentPreview stepPreviews;

    private int numbersIssued() {
        return jdbc.queryForObject("SELECT COALESCE(SUM(seq), 0) FROM doc_number_seq", Integer.class);
    }

    /**
     * 预览文书 from the decision form's values: the decision and the correction order as they would be generated,
     * with the form's amount, and nothing stored — no number consumed, no register row, render job or record entry,
     * the task still open; submitting afterwards takes the number the preview did not.
     */
    @Test
    void aStepPreviewShowsTheFormsDocumentsAndChangesNothing() throws Exception {
        CaseFile c = f.aCaseAtDecision();
        Actor head = f.actor("head1");
        String taskId = f.openTask(c.id()).taskId();
        int numbers = numbersIssued();
        String counts = "SELECT (SELECT COUNT(*) FROM case_document WHERE case_id = ?) + "
                + "(SELECT COUNT(*) FROM doc_render_job WHERE case_id = ?) + "
                + "(SELECT COUNT(*) FROM case_record WHERE case_id = ?)";
        int rows = jdbc.queryForObject(counts, Integer.class, c.id(), c.id(), c.id());
        StepPayload.Decision form = new StepPayload.Decision(cn.zhifa.casefile.OutcomeType.FINE,
                new java.math.BigDecimal("480"), null, "责令于三日内清理占道物品", f.today());

        List<cn.zhifa.casefile.StepDocumentPreview.Preview> shown = stepPreviews.preview(head, taskId, form);

        assertThat(shown).extracting(cn.zhifa.casefile.StepDocumentPreview.Preview::docType)
                .containsExactly("DECISION_APPROVAL_FORM", "DECISION", "CORRECTION_ORDER");
        // the 处理决定审批表 the head signs: the proposal notified (500) and the form's decision (480)
        assertThat(pdfText(shown.get(0).pdf())).contains("处理决定审批表", "罚款人民币伍佰元整（¥500.00）",
                "决定：罚款人民币肆佰捌拾元整（¥480.00）（与拟处理意见不同）");
        String decision = pdfText(shown.get(1).pdf());
        assertThat(decision).contains("行政处罚决定书", "罚款人民币肆佰捌拾元整（¥480.00）", "测试当事人", "申请行政复议",
                StepPreviews.PREVIEW_NO);
        assertThat(pdfText(shown.get(2).pdf())).contains("现责令你（单位）责令于三日内清理占道物品");
        assertThat(numbersIssued()).isEqualTo(numbers);
        assertThat(jdbc.queryForObject(counts, Integer.class, c.id(), c.id(), c.id())).isEqualTo(rows);
        assertThat(f.openTask(c.id()).taskId()).isEqualTo(taskId);
        assertThat(cases.get(head, c.id()).decidedOutcome()).isNull();

        // a form the step refuses: the preview is refused with the step's message, still nothing changed
        StepPayload.Decision noCorrection = new StepPayload.Decision(cn.zhifa.casefile.OutcomeType.FINE,
                new java.math.BigDecimal("480"), null, null, f.today());
        Refusals.refused(messages, () -> jdbc.queryForObject(counts, Integer.class, c.id(), c.id(), c.id()),
                "outcome.correctionOrderRequired", () -> stepPreviews.preview(head, taskId, noCorrection));
        assertThat(numbersIssued()).isEqualTo(numbers);

        // submitted: the numbers the preview did not consume
        f.step(c.id(), "head1", form);
        assertThat(numbersIssued()).isEqualTo(numbers + 2);
    }

    @Autowired cn.zhifa.complaint.ComplaintService complaints;

    /** 答复投诉人: the written reply is generated with the reply, states what was found and said, and downloads. */
    @Test
    void aComplaintReplyYieldsItsWrittenReply() throws Exception {
        Actor leader = f.actor("leader1");
        Actor officer = f.actor("officer1");
        var receipt = complaints.intake(leader, new cn.zhifa.complaint.NewComplaint(
                cn.zhifa.complaint.ComplaintChannel.HOTLINE_12345, "12345-DOC-" + System.nanoTime(), "李四",
                "13800000000", "朝阳路2号" + System.nanoTime(), "某餐馆", null, "餐馆占道经营<script>x</script>", null,
                null));
        long id = receipt.complaint().id();
        complaints.assign(leader, id, officer.userId(), null);
        complaints.verify(officer, id, new cn.zhifa.complaint.Verification(
                cn.zhifa.complaint.ComplaintOutcome.CORRECTED, "已责令当场改正", null, List.of()));
        complaints.reply(officer, id, new cn.zhifa.complaint.ComplaintReply("经核查，已责令商户当场改正。", "PHONE"));

        var pdf = get("officer2", "/api/complaints/" + id + "/reply-document/pdf");
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        var docx = get("officer2", "/api/complaints/" + id + "/reply-document/docx");
        for (String text : List.of(pdfText(pdf.getBody()), docxText(docx.getBody()).replaceAll("\\s", ""))) {
            assertThat(text).contains("投诉举报答复告知书", "李四：", receipt.complaint().complaintNo(),
                    "餐馆占道经营<script>x</script>", "当场改正", "已责令当场改正", "经核查，已责令商户当场改正。",
                    "答复方式：电话", "朝阳街道综合行政执法队（印章）");
        }
        // another street's officer does not read it
        assertThat(get("wj_officer1", "/api/complaints/" + id + "/reply-document/pdf").getStatusCode().value())
                .isEqualTo(404);
    }
}
