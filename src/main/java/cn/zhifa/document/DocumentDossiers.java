package cn.zhifa.document;

import cn.zhifa.casefile.CaseDocument;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseFileView;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.document.internal.DossierRow;
import cn.zhifa.document.internal.VersionRow;
import cn.zhifa.evidence.Evidence;
import cn.zhifa.evidence.EvidenceService;
import cn.zhifa.evidence.EvidenceStore;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The 卷宗 dossier of a case as one PDF (住建部令55 Art. 40; enforcement-law.md §5.2): cover (卷宗封面), 卷内文件目录
 * with page numbers, the documents in archive order (category, then as produced), the evidence list (kind, capture
 * time, officers, SHA-256, images as thumbnails) in the evidence category, and the 卷内备考表; a bookmark per part,
 * running page numbers at the bottom right of the numbered pages (cover, index and 备考表 unnumbered). A draft is
 * marked 草稿 on every page; the final copy is produced once at 归档 and its hash goes into the record.
 */
@Component
class DocumentDossiers {

    private final CaseFileService cases;
    private final EvidenceService evidence;
    private final EvidenceStore store;
    private final DocumentMapper mapper;
    private final CaseRecord record;
    private final OrganizationService organization;
    private final DocumentWorker worker;
    private final Messages messages;
    private final Clock clock;
    private final String retention;

    DocumentDossiers(CaseFileService cases, EvidenceService evidence, EvidenceStore store, DocumentMapper mapper,
            CaseRecord record, OrganizationService organization, DocumentWorker worker, Messages messages, Clock clock,
            @Value("${zhifa.documents.retention:长期}") String retention) {
        this.cases = cases;
        this.evidence = evidence;
        this.store = store;
        this.mapper = mapper;
        this.record = record;
        this.organization = organization;
        this.worker = worker;
        this.messages = messages;
        this.clock = clock;
        this.retention = retention;
    }

    long unitOf(long caseId) {
        return cases.get(DocumentData.system(0), caseId).unitId();
    }

    /** Builds, stores and records the dossier; inside the caller's transaction. */
    DossierRow produce(long caseId, boolean finalCopy, Long actorId) {
        CaseFileView v = cases.view(DocumentData.system(0), caseId);
        byte[] pdf = build(v, finalCopy, actorId);
        EvidenceStore.Received r = worker.put(pdf);
        DossierRow row = new DossierRow();
        row.caseId = caseId;
        row.finalCopy = finalCopy;
        row.sha256 = r.sha256();
        row.path = store.pathOf(r.sha256());
        row.sizeBytes = r.size();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            row.pages = d.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row.createdBy = actorId;
        row.createdAt = LocalDateTime.now(clock);
        mapper.insertDossier(row);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dossierId", row.id);
        details.put("sha256", row.sha256);
        details.put("pages", row.pages);
        record.append(caseId, finalCopy ? "DOSSIER_ARCHIVED" : "DOSSIER_DRAFTED", actorId,
                (finalCopy ? "卷宗（归档）" : "卷宗（草稿）") + " " + row.pages + "页", details);
        return row;
    }

    /** A part of the body: its title, number and date for the index, its first page (0-based) and page count. */
    private record Part(String title, String docNo, LocalDate date, int firstPage, int pages) {
    }

    /**
     * The dossier in two layouts: the body (every document laid out from its stored .docx, each from a new page, and
     * the evidence list) first, to know each part's pages; then cover and index, the body's pages appended, and the
     * 备考表. Two fonts loaded for the whole dossier, not one per document.
     */
    byte[] build(CaseFileView v, boolean finalCopy, Long actorId) {
        CaseFile c = v.caseFile();
        Map<Long, VersionRow> latest = mapper.versionsOfCase(c.id()).stream()
                .collect(Collectors.toMap(x -> x.documentId, Function.identity(), (a, b) -> a.version > b.version ? a
                        : b, LinkedHashMap::new));
        Map<Long, CaseDocument> registered = v.documents().stream()
                .collect(Collectors.toMap(CaseDocument::id, Function.identity()));
        List<VersionRow> ordered = new ArrayList<>(latest.values());
        ordered.sort(Comparator.comparingInt((VersionRow x) -> DocumentType.valueOf(x.docType).archiveGroup())
                .thenComparingLong(x -> x.documentId));
        List<Part> parts = new ArrayList<>();
        byte[] bodyPdf;
        try (PdfLayout body = new PdfLayout()) {
            boolean evidenceDone = false;
            for (VersionRow x : ordered) {
                int group = DocumentType.valueOf(x.docType).archiveGroup();
                if (!evidenceDone && group > 3) {
                    parts.add(evidenceList(v, body, parts.isEmpty()));
                    evidenceDone = true;
                }
                int first = startPart(body, parts.isEmpty());
                DocumentRenderer.layoutDocx(bytes(x.docxPath), body);
                CaseDocument reg = registered.get(x.documentId);
                parts.add(new Part(reg == null ? DocumentType.valueOf(x.docType).title() : reg.title(), x.docNo,
                        reg == null ? x.createdAt.toLocalDate() : reg.createdAt().toLocalDate(), first,
                        body.pages() - first));
            }
            if (!evidenceDone) {
                parts.add(evidenceList(v, body, parts.isEmpty()));
            }
            bodyPdf = body.toBytes();
        }
        try (PdfLayout layout = new PdfLayout(); PDDocument bodyDoc = Loader.loadPDF(bodyPdf)) {
            cover(layout, v, finalCopy);
            layout.newPage();
            int numberedFrom = index(layout, parts);
            PDDocument out = layout.document();
            // close the layout's content stream before appending pages
            layout.footer(0, i -> "");
            PDDocumentOutline outline = new PDDocumentOutline();
            out.getDocumentCatalog().setDocumentOutline(outline);
            outline.addLast(item("卷宗封面", out, 0));
            outline.addLast(item("卷内文件目录", out, 1));
            new PDFMergerUtility().appendDocument(out, bodyDoc);
            for (Part p : parts) {
                outline.addLast(item(p.title() + (p.docNo() == null ? "" : " " + p.docNo()), out,
                        numberedFrom + p.firstPage()));
            }
            int lastNumbered = out.getNumberOfPages();
            int bodyPages = lastNumbered - numberedFrom;
            layout.newPage();
            remarks(layout, v, bodyPages, actorId);
            outline.addLast(item("卷内备考表", out, lastNumbered));
            layout.footer(0, i -> {
                String mark = finalCopy ? "" : "草稿  ";
                return i >= numberedFrom && i < lastNumbered ? mark + (i - numberedFrom + 1) : mark;
            });
            return layout.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A part starts on a page of its own; its first page (0-based). */
    private static int startPart(PdfLayout body, boolean first) {
        if (!first) {
            body.newPage();
        }
        return body.pageIndex();
    }

    private static PDOutlineItem item(String title, PDDocument doc, int pageIndex) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(doc.getPage(Math.min(pageIndex, doc.getNumberOfPages() - 1)));
        item.setDestination(dest);
        return item;
    }

    private void cover(PdfLayout l, CaseFileView v, boolean finalCopy) {
        CaseFile c = v.caseFile();
        l.space(60);
        l.paragraph(organization.unit(c.unitId()).name(), 18, true, PdfLayout.Align.CENTER, 0);
        l.space(20);
        l.paragraph(finalCopy ? "行政处罚案件卷宗" : "行政处罚案件卷宗（草稿）", 26, true, PdfLayout.Align.CENTER, 0);
        l.space(50);
        String outcome = c.decidedOutcome() == null ? "—" : messages.get("ui.outcome." + c.decidedOutcome().name(),
                Messages.ZH_CN) + (c.decidedFine() == null || c.decidedFine().signum() == 0 ? ""
                        : " " + ChineseAmount.of(c.decidedFine()));
        List<List<String>> rows = List.of(List.of("案件编号", nz(c.caseNo())), List.of("当事人", nz(c.partyName())),
                List.of("案由", nz(c.itemName() == null ? c.leadSummary() : c.itemName())),
                List.of("处理结果", outcome), List.of("立案日期", nz(DocumentData.day(c.filedDate()))),
                List.of("结案日期", nz(DocumentData.day(c.closedDate()))),
                List.of("归档日期", c.archivedAt() == null ? "—" : DocumentData.day(c.archivedAt().toLocalDate())),
                List.of("保管期限", retention), List.of("卷号", "第1卷 共1卷"));
        l.table(rows, new float[] {1, 3}, 12);
    }

    /** The 卷内文件目录; returns the index of the first numbered page (after the index pages). */
    private int index(PdfLayout l, List<Part> parts) {
        // the index may run over several pages: lay it out once to count, page numbers start after it
        l.paragraph("卷内文件目录", 18, true, PdfLayout.Align.CENTER, 0);
        l.space(10);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "文书（材料）名称", "文号", "日期", "页号"));
        int page = 1;
        int n = 1;
        for (Part p : parts) {
            int pages = p.pages();
            rows.add(List.of(String.valueOf(n++), p.title(), nz(p.docNo()), nz(DocumentData.day(p.date())),
                    pages == 1 ? String.valueOf(page) : page + "–" + (page + pages - 1)));
            page += pages;
        }
        l.table(rows, new float[] {0.6f, 3, 2.4f, 1.5f, 1}, 10);
        return l.pages();
    }

    private Part evidenceList(CaseFileView v, PdfLayout l, boolean firstPart) {
        List<Evidence> items = evidence.list(DocumentData.system(v.caseFile().unitId()), v.caseFile().id());
        int first = startPart(l, firstPart);
        l.paragraph("证据清单", 18, true, PdfLayout.Align.CENTER, 0);
        l.space(8);
        if (items.isEmpty()) {
            l.paragraph("本案证据库中无电子证据文件。", 12, false, PdfLayout.Align.LEFT, 0);
        }
        int n = 1;
        for (Evidence e : items) {
            l.table(List.of(List.of("序号", String.valueOf(n++)),
                    List.of("种类", messages.get("evidence.kind." + e.kind().name(), Messages.ZH_CN)),
                    List.of("文件", e.fileName()), List.of("采集时间", nz(DocumentData.time(e.capturedAt()))),
                    List.of("采集人员", e.officers().stream().map(Evidence.Officer::name)
                            .collect(Collectors.joining("、"))),
                    List.of("SHA-256", e.sha256()), List.of("说明", nz(e.description()))),
                    new float[] {1, 4}, 9.5f);
            if (e.mediaType() != null && e.mediaType().startsWith("image/")) {
                l.image(bytes(e.storagePath()), e.fileName(), 160, 120);
            }
            l.space(8);
        }
        return new Part("证据清单", null, LocalDate.now(clock), first, l.pages() - first);
    }

    private void remarks(PdfLayout l, CaseFileView v, int pages, Long actorId) {
        l.paragraph("卷内备考表", 18, true, PdfLayout.Align.CENTER, 0);
        l.space(10);
        String compiler = v.handlers().isEmpty() ? (actorId == null ? "—" : organization.user(actorId).displayName())
                : v.handlers().get(0).name();
        String checker = v.caseFile().decidedBy() == null ? "—"
                : organization.user(v.caseFile().decidedBy()).displayName();
        l.table(List.of(List.of("说明", "本卷共有文件材料 " + pages + " 页（封面、卷内文件目录、备考表不编页号）。"),
                List.of("立卷人", compiler), List.of("检查人", checker),
                List.of("立卷日期", DocumentData.day(LocalDate.now(clock)))), new float[] {1, 4}, 12);
    }

    private byte[] bytes(String path) {
        try (InputStream in = store.open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
