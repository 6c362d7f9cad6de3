package cn.zhifa.document;

import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.document.internal.DossierRow;
import cn.zhifa.evidence.EvidenceStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.springframework.stereotype.Component;

/**
 * The 卷宗 dossier of a case as one PDF (住建部令55 Art. 40; enforcement-law.md §5.2): cover (卷宗封面), 卷内文件目录
 * with page numbers, the documents in archive order (category, then as produced), the evidence list (kind, capture
 * time, officers, SHA-256, images as thumbnails) in the evidence category, and the 卷内备考表; a bookmark per part,
 * running page numbers at the bottom right of the numbered pages (cover, index and 备考表 unnumbered). A draft is
 * marked 草稿 on every page and laid out at once. The final copy is frozen at 归档 as its {@link DossierManifest}
 * (stored, its hash in the record: {@code DOSSIER_ARCHIVED}); its PDF is laid out from that manifest alone the first
 * time anyone needs it (a download, the record export), then stored once and recorded ({@code DOSSIER_RENDERED},
 * naming the manifest and the PDF's hash) — the same design as the documents' PDFs.
 */
@Component
class DocumentDossiers {

    private final DossierManifests manifests;
    private final EvidenceStore store;
    private final DocumentMapper mapper;
    private final CaseRecord record;
    private final DocumentWorker worker;
    private final ObjectMapper json;
    private final Clock clock;
    private final StoredDocx docx;

    DocumentDossiers(DossierManifests manifests, EvidenceStore store, DocumentMapper mapper, CaseRecord record,
            DocumentWorker worker, ObjectMapper json, Clock clock, StoredDocx docx) {
        this.manifests = manifests;
        this.docx = docx;
        this.store = store;
        this.mapper = mapper;
        this.record = record;
        this.worker = worker;
        this.json = json;
        this.clock = clock;
    }

    long unitOf(long caseId) {
        return manifests.unitOf(caseId);
    }

    /** A draft (or an old outbox job's final copy) laid out now, stored and recorded; in the caller's transaction. */
    DossierRow produce(long caseId, boolean finalCopy, Long actorId) {
        DossierManifest m = manifests.of(caseId, finalCopy, actorId);
        DossierRow row = stored(m, actorId);
        layOut(row, m);
        mapper.insertDossier(row);
        Map<String, Object> details = details(row);
        record.append(caseId, finalCopy ? "DOSSIER_ARCHIVED" : "DOSSIER_DRAFTED", actorId,
                StoredText.of(finalCopy ? "text.dossier.archived" : "text.dossier.drafted", row.pages), details);
        return row;
    }

    /**
     * 归档: the final dossier frozen as its manifest (stored; the row inserted) inside the archiving step's
     * transaction; returns its record entry ({@code DOSSIER_ARCHIVED} with the manifest's hash) for the caller to
     * append with its others. Its PDF is laid out on first need ({@link #withPdf}).
     */
    CaseRecord.Entry freeze(long caseId, Long actorId) {
        DossierRow row = stored(manifests.of(caseId, true, actorId), actorId);
        mapper.insertDossier(row);
        return new CaseRecord.Entry("DOSSIER_ARCHIVED", actorId, StoredText.label("text.dossier.frozen"),
                details(row), null);
    }

    /**
     * The frozen dossier with its PDF: laid out from its stored manifest, stored and recorded now if it had none (in
     * the caller's transaction). Two first downloads at once: the row is locked, one lays it out, the other reads it.
     */
    DossierRow withPdf(DossierRow d, Long actorId) {
        if (d.path != null) {
            return d;
        }
        DossierRow locked = mapper.lockDossier(d.id);
        if (locked.path != null) {
            return locked;
        }
        layOut(locked, manifestOf(locked));
        mapper.setDossierPdf(locked.id, locked.sha256, locked.path, locked.sizeBytes, locked.pages);
        record.append(locked.caseId, "DOSSIER_RENDERED", actorId, StoredText.of("text.dossier.pdf", locked.pages),
                details(locked));
        return locked;
    }

    /**
     * The row of a manifest, not yet laid out: the manifest's JSON is kept in the row, written with it in the caller's
     * transaction (decision 0043, amendment 1), and its hash goes into the record entry.
     */
    private DossierRow stored(DossierManifest m, Long actorId) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DossierRow row = new DossierRow();
        row.caseId = m.caseId();
        row.finalCopy = m.finalCopy();
        row.manifestSha256 = CompiledTemplate.sha256(bytes);
        row.manifestContent = bytes;
        row.createdBy = actorId;
        row.createdAt = LocalDateTime.now(clock);
        return row;
    }

    /** The manifest's JSON as stored for the dossier: in its row, or (made before V397) in the evidence store. */
    byte[] manifestBytes(long dossierId) {
        DossierRow row = mapper.dossierManifest(dossierId);
        if (row == null) {
            throw new IllegalStateException("no dossier " + dossierId);
        }
        return docx.rowOrFile(row.manifestPath, row.manifestContent);
    }

    /** The manifest stored for the row (what a frozen dossier is laid out from). */
    private DossierManifest manifestOf(DossierRow row) {
        try {
            return json.readValue(manifestBytes(row.id), DossierManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays the row's PDF out from its manifest and stores it (sets the PDF's columns on the row). */
    private void layOut(DossierRow row, DossierManifest m) {
        byte[] pdf = build(m);
        EvidenceStore.Received r = worker.put(pdf);
        row.sha256 = r.sha256();
        row.path = store.pathOf(r.sha256());
        row.sizeBytes = r.size();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            row.pages = d.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> details(DossierRow row) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dossierId", row.id);
        details.put("manifestSha256", row.manifestSha256);
        if (row.sha256 != null) {
            details.put("sha256", row.sha256);
            details.put("pages", row.pages);
        }
        return details;
    }

    /** A part of the body: its index line and its first page (0-based) and page count. */
    private record Laid(DossierManifest.Part part, int firstPage, int pages) {
    }

    /**
     * The dossier in two layouts, from its manifest alone: the body (every document laid out from its stored .docx,
     * each from a new page, and the evidence list) first, to know each part's pages; then cover and index, the body's
     * pages appended, and the 备考表. Two fonts loaded for the whole dossier, not one per document.
     */
    byte[] build(DossierManifest m) {
        boolean finalCopy = m.finalCopy();
        List<Laid> parts = new ArrayList<>();
        byte[] bodyPdf;
        try (PdfLayout body = new PdfLayout()) {
            for (DossierManifest.Part p : m.parts()) {
                int first = startPart(body, parts.isEmpty());
                if (p.isEvidenceList()) {
                    evidenceList(p, body);
                } else {
                    DocumentRenderer.layoutDocx(p.docxPath() != null ? bytes(p.docxPath()) : docx.of(p.versionId()),
                            body);
                }
                parts.add(new Laid(p, first, body.pages() - first));
            }
            bodyPdf = body.toBytes();
        }
        try (PdfLayout layout = new PdfLayout(); PDDocument bodyDoc = Loader.loadPDF(bodyPdf)) {
            cover(layout, m);
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
            for (Laid p : parts) {
                outline.addLast(item(p.part().title() + (p.part().docNo() == null ? "" : " " + p.part().docNo()),
                        out, numberedFrom + p.firstPage()));
            }
            int lastNumbered = out.getNumberOfPages();
            int bodyPages = lastNumbered - numberedFrom;
            layout.newPage();
            remarks(layout, m, bodyPages);
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

    private static void cover(PdfLayout l, DossierManifest m) {
        l.space(60);
        l.paragraph(m.unitName(), 18, true, PdfLayout.Align.CENTER, 0);
        l.space(20);
        l.paragraph(m.finalCopy() ? "行政处罚案件卷宗" : "行政处罚案件卷宗（草稿）", 26, true, PdfLayout.Align.CENTER, 0);
        l.space(50);
        l.table(m.cover(), new float[] {1, 3}, 12);
    }

    /** The 卷内文件目录; returns the index of the first numbered page (after the index pages). */
    private static int index(PdfLayout l, List<Laid> parts) {
        // the index may run over several pages: lay it out once to count, page numbers start after it
        l.paragraph("卷内文件目录", 18, true, PdfLayout.Align.CENTER, 0);
        l.space(10);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "文书（材料）名称", "文号", "日期", "页号"));
        int page = 1;
        int n = 1;
        for (Laid p : parts) {
            int pages = p.pages();
            rows.add(List.of(String.valueOf(n++), p.part().title(), DossierManifests.nz(p.part().docNo()),
                    DossierManifests.nz(p.part().date()),
                    pages == 1 ? String.valueOf(page) : page + "–" + (page + pages - 1)));
            page += pages;
        }
        l.table(rows, new float[] {0.6f, 3, 2.4f, 1.5f, 1}, 10);
        return l.pages();
    }

    private void evidenceList(DossierManifest.Part part, PdfLayout l) {
        l.paragraph("证据清单", 18, true, PdfLayout.Align.CENTER, 0);
        l.space(8);
        if (part.evidence().isEmpty()) {
            l.paragraph("本案证据库中无电子证据文件。", 12, false, PdfLayout.Align.LEFT, 0);
        }
        int n = 1;
        for (DossierManifest.Item e : part.evidence()) {
            l.table(List.of(List.of("序号", String.valueOf(n++)), List.of("种类", e.kind()),
                    List.of("文件", e.fileName()), List.of("采集时间", e.capturedAt()),
                    List.of("采集人员", e.officers()), List.of("SHA-256", e.sha256()), List.of("说明", e.description())),
                    new float[] {1, 4}, 9.5f);
            if (e.mediaType() != null && e.mediaType().startsWith("image/")) {
                l.image(bytes(e.storagePath()), e.fileName(), 160, 120);
            }
            l.space(8);
        }
    }

    private static void remarks(PdfLayout l, DossierManifest m, int pages) {
        l.paragraph("卷内备考表", 18, true, PdfLayout.Align.CENTER, 0);
        l.space(10);
        l.table(List.of(List.of("说明", "本卷共有文件材料 " + pages + " 页（封面、卷内文件目录、备考表不编页号）。"),
                List.of("立卷人", m.compiler()), List.of("检查人", m.checker()), List.of("立卷日期", m.compiledOn())),
                new float[] {1, 4}, 12);
    }

    private byte[] bytes(String path) {
        return store.readAll(path);
    }
}
